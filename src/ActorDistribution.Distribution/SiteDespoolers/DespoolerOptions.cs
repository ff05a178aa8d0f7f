using ActorDistribution.Hocon;

namespace ActorDistribution.Distribution.SiteDespoolers;

/// <summary><c>distribution.despooler</c>: node-wide despooler settings (the per-site ones are in SiteSettings).</summary>
/// <param name="MaxRetries">Retries of a delivery that cannot force, before its status becomes failed.</param>
public sealed record DespoolerOptions(PollingIntervals PollingInterval, int RetryIntervalFactor, int MaxRetries)
{
    public const string Path = "distribution.despooler";

    public static DespoolerOptions From(Config root) => ConfigBinder.Bind<DespoolerOptions>(root.GetConfig(Path));
}

/// <summary><c>distribution.despooler.polling-interval</c>: how often the despooler polls, per response mode.</summary>
public sealed record PollingIntervals(TimeSpan VeryFast, TimeSpan Fast, TimeSpan Medium, TimeSpan Slow);
