using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>Everyone may connect to the directory again.</summary>
[EventManifest("despooler.access-restored.v1")]
public sealed record DirectoryAccessRestored(DateTimeOffset At) : PackageDirectoryEvent(At);
