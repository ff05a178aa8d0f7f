namespace ActorDistribution.Distribution.Clients;

/// <summary>Where a client stands in its offer-processing cycle.</summary>
public enum ClientPhase
{
    Unregistered,

    /// <summary>Between cycles.</summary>
    Idle,
    FindingCap,
    CheckingLock,

    /// <summary>A legacy client holds the lock file open; a delete now fails.</summary>
    HoldingLock,
    ReadingOffers,
}
