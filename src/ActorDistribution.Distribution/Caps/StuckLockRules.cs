using ActorDistribution.Distribution.Inboxes;

namespace ActorDistribution.Distribution.Caps;

/// <summary>
/// What the stuck-lock supervisor runs under. <paramref name="VerifyDelay"/> leaves the restarted
/// manager time for all its delete attempts before the supervisor looks.
/// </summary>
public sealed record StuckLockRules(
    TimeSpan MaxAge,
    int MaxRounds,
    TimeSpan SurveyInterval,
    TimeSpan VerifyDelay,
    string ComponentInbox = "clicomp.box/swdist")
{
    public static StuckLockRules From(StuckLockSettings stuckLock, InboxManagerSettings inboxManager)
    {
        var allDeletes = inboxManager.DeleteRetrySpacing * Math.Max(1, inboxManager.DeleteAttempts);
        return new StuckLockRules(stuckLock.MaxAge, stuckLock.MaxRounds, inboxManager.ScanInterval, allDeletes + TimeSpan.FromSeconds(1));
    }
}
