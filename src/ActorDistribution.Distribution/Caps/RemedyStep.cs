namespace ActorDistribution.Distribution.Caps;

/// <summary>Where the stuck-lock supervisor of a site stands; the remedy steps are the manual workaround, in order.</summary>
public enum RemedyStep
{
    Unwatched,

    /// <summary>Surveying lock files every interval and waiting for left-lock reports.</summary>
    Watching,
    StoppingInboxManager,

    /// <summary>Force-closing open files under each affected CAP's component inbox and locked inbox.</summary>
    ClosingConnections,
    StartingInboxManager,

    /// <summary>Waiting for the restarted manager to delete the lock, then looking.</summary>
    Verifying,

    /// <summary>Out of rounds; an operator must act (and <c>WatchLocks</c> again).</summary>
    Alarmed,
}
