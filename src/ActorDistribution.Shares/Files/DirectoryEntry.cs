namespace ActorDistribution.Shares;

/// <summary>A name in a directory listing; listing opens no handle, which is how scanning clients look for a lock file.</summary>
public sealed record DirectoryEntry(string Name, bool IsDirectory);
