using ActorDistribution.Distribution.SiteDespoolers;
using ActorDistribution.Distribution.Sites;

namespace ActorDistribution.Distribution.PackageDirectories;

/// <summary>x, the wait between two attempts on a package directory: retry-interval-factor × the polling interval of the response mode.</summary>
public static class RetryInterval
{
    public static TimeSpan Of(ResponseMode response, DespoolerOptions options)
    {
        var polling = response switch
        {
            ResponseMode.VeryFast => options.PollingInterval.VeryFast,
            ResponseMode.Fast => options.PollingInterval.Fast,
            ResponseMode.Medium => options.PollingInterval.Medium,
            ResponseMode.Slow => options.PollingInterval.Slow,
            _ => throw new ArgumentOutOfRangeException(nameof(response), response, "unknown response mode"),
        };
        return polling * options.RetryIntervalFactor;
    }
}

/// <summary>Time to perform again a step whose effect threw.</summary>
internal sealed record RetryStep
{
    public static readonly RetryStep Instance = new();
}
