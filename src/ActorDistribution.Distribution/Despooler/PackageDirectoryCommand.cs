namespace ActorDistribution.Distribution.Despooler;

/// <summary>
/// What the package directory is told: a request, a due timer, or the result of an effect the actor performed.
/// <see cref="At"/> is the actor's clock when the command arose; it is the only way time enters the core.
/// </summary>
public abstract record PackageDirectoryCommand(DateTimeOffset At);
