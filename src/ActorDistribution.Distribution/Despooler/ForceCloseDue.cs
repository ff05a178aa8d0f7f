namespace ActorDistribution.Distribution.Despooler;

/// <summary>The forced-disconnection delay after the warning has passed.</summary>
public sealed record ForceCloseDue(DateTimeOffset At) : PackageDirectoryCommand(At);
