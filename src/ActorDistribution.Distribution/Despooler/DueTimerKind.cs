namespace ActorDistribution.Distribution.Despooler;

/// <summary>Which command a due timer of a package directory sends.</summary>
public enum DueTimerKind
{
    /// <summary>Send <see cref="AttemptDue"/>.</summary>
    Attempt,

    /// <summary>Send <see cref="ForceCloseDue"/>.</summary>
    ForceClose,
}
