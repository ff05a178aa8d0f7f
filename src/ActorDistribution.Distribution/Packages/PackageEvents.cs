using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Packages;

/// <summary>A new version of the package: its files are read from <paramref name="Source"/> whenever a package directory copies them.</summary>
[EventManifest("package.version-added.v1")]
public sealed record PackageVersionAdded(DateTimeOffset At, string Version, string Source, IReadOnlyList<PackageFile> Files) : IJournalEvent;
