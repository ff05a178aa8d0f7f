namespace ActorDistribution.Distribution.Despooler;

/// <summary>
/// A step the state asks the actor to perform against the share host, then report as a command.
/// The state keeps asking until the result arrives, so after a crash the step is performed again:
/// every effect must be safe to repeat.
/// </summary>
public abstract record PackageDirectoryEffect;
