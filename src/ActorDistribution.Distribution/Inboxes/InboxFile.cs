namespace ActorDistribution.Distribution.Inboxes;

/// <summary>A file of an inbox as the comparison sees it: name and content hash.</summary>
public sealed record InboxFile(string Name, string Sha256);
