using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.SiteDespoolers;
using ActorDistribution.Distribution.Sites;
using ActorDistribution.Hocon;

namespace ActorDistribution.Distribution.Tests.Despooler;

public sealed class RetryIntervalSpec
{
    [Theory]
    [InlineData(ResponseMode.VeryFast, 24)]
    [InlineData(ResponseMode.Fast, 120)]
    [InlineData(ResponseMode.Medium, 360)]
    [InlineData(ResponseMode.Slow, 720)]
    public void Retry_interval_is_24_times_the_polling_interval_of_the_response_mode(ResponseMode response, int minutes)
    {
        var options = DespoolerOptions.From(ConfigFactory.Reference());

        Assert.Equal(TimeSpan.FromMinutes(minutes), RetryInterval.Of(response, options));
    }

    [Fact]
    public void Despooler_options_default_from_reference_conf()
    {
        var options = DespoolerOptions.From(ConfigFactory.Reference());

        Assert.Equal(24, options.RetryIntervalFactor);
        Assert.Equal(12, options.MaxRetries);
        Assert.Equal(TimeSpan.FromMinutes(5), options.PollingInterval.Fast);
    }

    [Fact]
    public void A_configured_factor_changes_the_retry_interval()
    {
        var config = ConfigFactory.Load(overrides: ["distribution.despooler.retry-interval-factor=2"], environment: new Dictionary<string, string>());

        Assert.Equal(TimeSpan.FromMinutes(10), RetryInterval.Of(ResponseMode.Fast, DespoolerOptions.From(config)));
    }

    [Fact]
    public void A_negative_factor_or_a_zero_polling_interval_is_refused_with_every_problem()
    {
        var config = ConfigFactory.Load(
            overrides: ["distribution.despooler.retry-interval-factor=-24", "distribution.despooler.polling-interval.slow=0s"],
            environment: new Dictionary<string, string>());

        var problem = Assert.Throws<HoconException>(() => DespoolerOptions.From(config));

        Assert.Contains("distribution.despooler.retry-interval-factor: found string '-24', expected a whole number, 1 or more", problem.Message);
        Assert.Contains("distribution.despooler.polling-interval.slow: found string '0s', expected a duration above zero", problem.Message);
    }
}
