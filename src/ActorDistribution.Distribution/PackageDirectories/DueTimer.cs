namespace ActorDistribution.Distribution.PackageDirectories;

/// <summary>
/// A time the package directory waits for. Kept in the state, so an actor re-arms it after recovery;
/// when it fires the actor sends <see cref="Fire"/> with the clock's time.
/// </summary>
public sealed record DueTimer(DateTimeOffset At, DueTimerKind Kind)
{
    public PackageDirectoryCommand Fire(DateTimeOffset now) => Kind switch
    {
        DueTimerKind.Attempt => new AttemptDue(now),
        DueTimerKind.ForceClose => new ForceCloseDue(now),
        _ => throw new InvalidOperationException($"unknown due timer kind {Kind}"),
    };
}

/// <summary>Which command a due timer of a package directory sends.</summary>
public enum DueTimerKind
{
    /// <summary>Send <see cref="AttemptDue"/>.</summary>
    Attempt,

    /// <summary>Send <see cref="ForceCloseDue"/>.</summary>
    ForceClose,
}
