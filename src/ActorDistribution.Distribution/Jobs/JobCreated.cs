using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Jobs;

/// <summary>A job was created; its orders go to the despooler of each target site.</summary>
[EventManifest("job.created.v1")]
public sealed record JobCreated(DateTimeOffset At, JobDefinition Definition) : IJournalEvent;
