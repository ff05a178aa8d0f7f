using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>The removal ended with the directory deleted.</summary>
[EventManifest("despooler.package-directory-removed.v1")]
public sealed record PackageDirectoryRemoved(DateTimeOffset At) : PackageDirectoryEvent(At);
