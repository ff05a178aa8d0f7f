namespace ActorDistribution.Distribution.Despooler;

/// <summary>One file of a package version as its manifest lists it; a copy is good only if size and SHA-256 (lowercase hex) match.</summary>
public sealed record PackageFile(string Path, long Size, string Sha256);
