namespace ActorDistribution.Distribution.Despooler;

/// <summary>Result of <see cref="ForceCloseOpenFiles"/>: the users whose handles and sessions were closed (empty: all had closed).</summary>
public sealed record UsersForceClosed(DateTimeOffset At, IReadOnlyList<string> Users) : PackageDirectoryCommand(At);
