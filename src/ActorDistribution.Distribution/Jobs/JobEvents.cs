using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Jobs;

/// <summary>A job was created; its orders go to the despooler of each target site.</summary>
[EventManifest("job.created.v1")]
public sealed record JobCreated(DateTimeOffset At, JobDefinition Definition) : IJournalEvent;

/// <summary>The job was cancelled: its orders are withdrawn from the target despoolers (again after a restart) and never sent again.</summary>
[EventManifest("job.cancelled.v1")]
public sealed record JobCancelled(DateTimeOffset At) : IJournalEvent;

/// <summary>The despooler of a target site holds the job's order; it is not sent again after a restart.</summary>
[EventManifest("job.target-accepted.v1")]
public sealed record JobTargetAccepted(DateTimeOffset At, string Site) : IJournalEvent;

/// <summary>This job's delivery to one target server reached its outcome (installed, removed, failed, or superseded by a newer job); final.</summary>
[EventManifest("job.target-outcome.v1")]
public sealed record JobTargetSettled(DateTimeOffset At, string Site, string Server, TargetOutcome Outcome) : IJournalEvent;
