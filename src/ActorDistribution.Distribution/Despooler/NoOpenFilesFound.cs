using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>Forced delivery found no file open, so it copies everything now.</summary>
[EventManifest("despooler.no-open-files-found.v1")]
public sealed record NoOpenFilesFound(DateTimeOffset At, int Attempt) : PackageDirectoryEvent(At);
