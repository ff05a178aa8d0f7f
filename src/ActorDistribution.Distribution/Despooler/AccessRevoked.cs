namespace ActorDistribution.Distribution.Despooler;

/// <summary>Result of <see cref="RevokeAccess"/>.</summary>
public sealed record AccessRevoked(DateTimeOffset At) : PackageDirectoryCommand(At);
