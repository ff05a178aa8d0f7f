using ActorDistribution.Distribution.Caps;

namespace ActorDistribution.Distribution.Inboxes;

/// <summary>
/// The inbox manager of one site. <see cref="InProgress"/> are the CAP inboxes it is writing right now,
/// which the stuck-lock supervisor must not force-close. Settings are the ones loaded at start.
/// <see cref="StartScanPending"/>: the first scan after a start also clears locks left behind.
/// </summary>
public sealed record InboxManagerState(
    string Site,
    InboxManagerStatus Status,
    TimeSpan ScanInterval,
    int DeleteAttempts,
    TimeSpan DeleteRetrySpacing,
    DateTimeOffset? NextScanAt,
    bool StartScanPending,
    IReadOnlyList<CapInbox> InProgress)
{
    public bool IsWriting(CapInbox inbox) => InProgress.Contains(inbox);
}
