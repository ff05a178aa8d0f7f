using ActorDistribution.Hocon;

namespace ActorDistribution.Persistence.Tests;

public sealed class PersistenceConfigurationTests
{
    [Fact]
    public void Group_commit_and_query_settings_come_from_the_configuration()
    {
        var config = ConfigFactory.ParseString("""
            persistence.group-commit { batch-size = 250, max-delay = 3ms }
            persistence.query { live-poll-interval = 2s, page-size = 50 }
            persistence.writer-id = node-a
            """, "test.conf").WithFallback(ConfigFactory.Reference());
        var options = PersistenceConfiguration.Options(config);
        Assert.Equal((250, TimeSpan.FromMilliseconds(3), TimeSpan.FromSeconds(2), 50, "node-a"),
            (options.MaxBatchSize, options.MaxBatchDelay, options.LiveQueryPollInterval, options.QueryPageSize, options.WriterId));
    }

    [Fact]
    public void The_reference_defaults_are_the_code_defaults()
    {
        var options = PersistenceConfiguration.Options(ConfigFactory.Reference());
        Assert.Equal(PersistenceOptions.Default with { WriterId = null }, options);
    }

    [Fact]
    public async Task An_unknown_journal_kind_is_refused_with_the_allowed_values()
    {
        var config = ConfigFactory.ParseString("persistence.journal = mongo", "test.conf").WithFallback(ConfigFactory.Reference());
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            PersistenceConfiguration.OpenAsync(config, new ActorDistribution.Persistence.Serialization.EventSerializer(), new Actors.Time.VirtualScheduler()));
        Assert.Contains("sqlite or postgresql", error.Message);
    }
}
