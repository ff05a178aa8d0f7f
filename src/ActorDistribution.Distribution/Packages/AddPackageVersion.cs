using ActorDistribution.Distribution.Despooler;

namespace ActorDistribution.Distribution.Packages;

/// <summary>Adds a scanned version; <paramref name="First"/> is true for <c>package add</c> (refused if the package exists), false for <c>package update</c>.</summary>
public sealed record AddPackageVersion(string Source, IReadOnlyList<PackageFile> Files, bool First);
