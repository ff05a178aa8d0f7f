using ActorDistribution.Hocon;

namespace ActorDistribution.Distribution.Caps;

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
