namespace ActorDistribution.Distribution.Despooler;

/// <summary>Opens one file of a package version's source for a copy, or answers null when the source no longer holds it.</summary>
public delegate Task<Stream?> PackageSourceReader(string version, string path);
