using ActorDistribution.Hocon;

namespace ActorDistribution.Distribution.SiteDespoolers;

/// <summary><c>distribution.despooler</c>: node-wide despooler settings (the per-site ones are in SiteSettings).</summary>
/// <param name="MaxRetries">Retries of a delivery that cannot force, before its status becomes failed.</param>
public sealed record DespoolerOptions(PollingIntervals PollingInterval, int RetryIntervalFactor, int MaxRetries)
{
    public const string Path = "distribution.despooler";

    /// <summary>Binds and range-checks the section: intervals above zero, a factor of 1 or more, retries 0 or more (all problems at once).</summary>
    public static DespoolerOptions From(Config root)
    {
        var section = root.GetConfig(Path);
        var options = ConfigBinder.Bind<DespoolerOptions>(section);
        var problems = new List<string>();
        foreach (var (key, interval) in new[]
                 {
                     ("polling-interval.very-fast", options.PollingInterval.VeryFast), ("polling-interval.fast", options.PollingInterval.Fast),
                     ("polling-interval.medium", options.PollingInterval.Medium), ("polling-interval.slow", options.PollingInterval.Slow),
                 })
        {
            if (interval <= TimeSpan.Zero) problems.Add(Problem(section, key, "a duration above zero"));
        }

        if (options.RetryIntervalFactor < 1) problems.Add(Problem(section, "retry-interval-factor", "a whole number, 1 or more"));
        if (options.MaxRetries < 0) problems.Add(Problem(section, "max-retries", "a whole number, 0 or more"));
        return problems.Count == 0
            ? options
            : throw new HoconException(null, string.Join(Environment.NewLine, problems));
    }

    private static string Problem(Config section, string key, string expected)
    {
        var value = section.GetValue(key);
        return $"{value.Origin.File}:{value.Origin.Line}: {Path}.{key}: found {value.Describe()}, expected {expected}";
    }
}

/// <summary><c>distribution.despooler.polling-interval</c>: how often the despooler polls, per response mode.</summary>
public sealed record PollingIntervals(TimeSpan VeryFast, TimeSpan Fast, TimeSpan Medium, TimeSpan Slow);
