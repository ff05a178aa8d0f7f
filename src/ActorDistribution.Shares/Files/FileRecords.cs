namespace ActorDistribution.Shares;

/// <summary>Size, SHA-256 (lowercase hex) and last write time (host clock) of a stored file.</summary>
public sealed record ShareFileInfo(string Path, long Size, string Sha256, DateTimeOffset LastWritten);

/// <summary>A name in a directory listing; listing opens no handle, which is how scanning clients look for a lock file.</summary>
public sealed record DirectoryEntry(string Name, bool IsDirectory);
