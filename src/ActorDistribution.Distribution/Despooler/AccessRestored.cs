namespace ActorDistribution.Distribution.Despooler;

/// <summary>Result of <see cref="RestoreAccess"/>.</summary>
public sealed record AccessRestored(DateTimeOffset At) : PackageDirectoryCommand(At);
