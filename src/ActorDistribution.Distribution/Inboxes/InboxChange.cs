using ActorDistribution.Distribution.Caps;

namespace ActorDistribution.Distribution.Inboxes;

/// <summary>A CAP inbox that differs from its site inbox: the files to copy (none when only a left lock needs clearing).</summary>
public sealed record InboxChange(CapInbox Address, string Version, IReadOnlyList<string> Files);
