using ActorDistribution.Hocon;

namespace ActorDistribution.Distribution.Caps;

/// <summary>The <c>distribution.stuck-lock</c> section of the configuration.</summary>
public sealed record StuckLockSettings(TimeSpan MaxAge, int MaxRounds)
{
    public static StuckLockSettings From(Config config) => ConfigBinder.Bind<StuckLockSettings>(config.GetConfig("distribution.stuck-lock"));
}
