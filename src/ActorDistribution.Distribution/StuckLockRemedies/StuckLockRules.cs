using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Hocon;

namespace ActorDistribution.Distribution.StuckLockRemedies;

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

/// <summary>The <c>distribution.stuck-lock</c> section of the configuration.</summary>
/// <param name="Enabled">
/// Whether starting an inbox manager also starts its site's supervisor (on when absent).
/// Off reproduces the original server, where nothing cleared a lock left behind.
/// </param>
public sealed record StuckLockSettings(TimeSpan MaxAge, int MaxRounds, bool? Enabled = null)
{
    public bool IsEnabled => Enabled ?? true;

    public static StuckLockSettings From(Config config) => ConfigBinder.Bind<StuckLockSettings>(config.GetConfig("distribution.stuck-lock"));
}
