using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>Every file of the version was written and matches the manifest (size and SHA-256).</summary>
[EventManifest("despooler.package-files-copied.v1")]
public sealed record PackageFilesCopied(DateTimeOffset At, string Version) : PackageDirectoryEvent(At);
