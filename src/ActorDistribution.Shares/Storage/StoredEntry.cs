namespace ActorDistribution.Shares.Storage;

/// <summary>A file or directory as stored, with the spelling it was created with.</summary>
internal sealed record StoredEntry(SharePath Path, bool IsDirectory);
