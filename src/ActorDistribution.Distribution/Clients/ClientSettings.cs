using ActorDistribution.Hocon;

namespace ActorDistribution.Distribution.Clients;

/// <summary>The <c>distribution.client</c> section of the configuration.</summary>
/// <param name="LegacyOpenHold">How long a legacy client keeps the lock file open per check; not in reference.conf, 250 ms when absent.</param>
public sealed record ClientSettings(
    TimeSpan LockRetryInterval,
    int LockRetries,
    ClientMode Mode,
    TimeSpan CycleInterval,
    TimeSpan? LegacyOpenHold = null)
{
    public static readonly TimeSpan DefaultLegacyOpenHold = TimeSpan.FromMilliseconds(250);

    public TimeSpan OpenHold => LegacyOpenHold ?? DefaultLegacyOpenHold;

    public static ClientSettings From(Config config) => ConfigBinder.Bind<ClientSettings>(config.GetConfig("distribution.client"));
}
