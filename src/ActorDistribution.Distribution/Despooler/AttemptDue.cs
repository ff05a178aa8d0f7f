namespace ActorDistribution.Distribution.Despooler;

/// <summary>The timer for the next attempt fired.</summary>
public sealed record AttemptDue(DateTimeOffset At) : PackageDirectoryCommand(At);
