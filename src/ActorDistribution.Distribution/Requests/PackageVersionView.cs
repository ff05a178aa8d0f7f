using ActorDistribution.Distribution.Despooler;

namespace ActorDistribution.Distribution.Requests;

/// <summary>One version of a package: where its files are read from at copy time, and its manifest (relative path, size, SHA-256).</summary>
public sealed record PackageVersionView(string Package, string Version, string Source, IReadOnlyList<PackageFile> Files);
