using ActorDistribution.Distribution.Requests;

namespace ActorDistribution.Distribution.Inboxes.Requests;

/// <summary><c>cap add NAME --site CODE</c>: register a CAP of the site, create its share and inbox folders. Answers <see cref="CapAccepted"/> or <see cref="Rejected"/>.</summary>
public sealed record AddCap(string Name, string Site);
