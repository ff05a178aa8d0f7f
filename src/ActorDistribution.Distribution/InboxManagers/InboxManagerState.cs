using ActorDistribution.Distribution.Caps;

namespace ActorDistribution.Distribution.InboxManagers;

/// <summary>
/// The inbox manager of one site. <see cref="InProgress"/> are the CAP inboxes it is writing right now,
/// which the stuck-lock supervisor must not force-close. Settings are the ones loaded at start.
/// <see cref="StartScanPending"/>: the first scan after a start also clears locks left behind.
/// <see cref="Caps"/> are the CAPs of the site, in the order they were attached.
/// </summary>
public sealed record InboxManagerState(
    string Site,
    InboxManagerStatus Status,
    TimeSpan ScanInterval,
    int DeleteAttempts,
    TimeSpan DeleteRetrySpacing,
    DateTimeOffset? NextScanAt,
    bool StartScanPending,
    IReadOnlyList<CapInbox> InProgress,
    IReadOnlyList<string> Caps)
{
    public bool HasCap(string cap) => Caps.Contains(cap, StringComparer.OrdinalIgnoreCase);

    public bool IsWriting(CapInbox inbox) => InProgress.Contains(inbox);
}

/// <summary>The inbox manager component of a site, as <c>component start|stop</c> drive it.</summary>
public enum InboxManagerStatus
{
    Stopped,
    Running,

    /// <summary>Asked to stop while updates were running; it lets them end (lock deleted or left) and then stops.</summary>
    Stopping,
}
