namespace ActorDistribution.Distribution.Inboxes;

/// <summary>Start the component with the settings in effect from now on; it scans at once.</summary>
public sealed record StartInboxManager(DateTimeOffset At, TimeSpan ScanInterval, int DeleteAttempts, TimeSpan DeleteRetrySpacing)
    : InboxManagerCommand(At)
{
    public static StartInboxManager With(DateTimeOffset at, InboxManagerSettings settings)
        => new(at, settings.ScanInterval, settings.DeleteAttempts, settings.DeleteRetrySpacing);
}
