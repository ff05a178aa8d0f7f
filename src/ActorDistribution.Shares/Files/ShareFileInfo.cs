namespace ActorDistribution.Shares;

/// <summary>Size, SHA-256 (lowercase hex) and last write time (host clock) of a stored file.</summary>
public sealed record ShareFileInfo(string Path, long Size, string Sha256, DateTimeOffset LastWritten);
