namespace ActorDistribution.Shares;

/// <summary>What a force-close did: whom it affected (each was sent the reason), which sessions it ended and which handles it closed.</summary>
public sealed record ForceCloseReport(
    IReadOnlyList<string> AffectedUsers,
    IReadOnlyList<ShareSession> EndedSessions,
    IReadOnlyList<OpenHandle> ClosedHandles);
