namespace ActorDistribution.Shares;

/// <summary>A file held open (for reading) by a session; <see cref="Path"/> is canonical, in the file's stored spelling.</summary>
public sealed record OpenHandle(HandleId Id, SessionId Session, string User, ShareAddress Share, string Path, DateTimeOffset OpenedAt);
