namespace ActorDistribution.Hocon.Tests;

/// <summary>The shipped configuration files: the defaults SPEC.md fixes, and that every file loads.</summary>
public sealed class ReferenceConfSpec
{
    private static readonly Config Reference = ConfigFactory.Reference(Hocon.NoEnvironment);

    private static string HoconFolder() => RepositoryRoot.Combine("hocon");

    [Fact]
    public void Site_defaults_are_those_of_the_specification()
    {
        var site = Reference.GetConfig("distribution.site-defaults");

        Assert.Equal(("fast", false, 12, TimeSpan.FromMinutes(5)), (site.GetString("response"), site.GetBoolean("use-forced-disconnect"), site.GetInt("retries-before-forced-disconnection"), site.GetTimeSpan("forced-disconnection-delay")));
    }

    [Fact]
    public void Client_lock_retries_every_five_seconds_thirty_three_times()
    {
        Assert.Equal((TimeSpan.FromMilliseconds(5000), 33), (Reference.GetTimeSpan("distribution.client.lock-retry-interval"), Reference.GetInt("distribution.client.lock-retries")));
    }

    [Fact]
    public void Inbox_manager_tries_ten_deletes_of_its_lock_file()
    {
        Assert.Equal((10, "inboxlck.tok"), (Reference.GetInt("distribution.inbox-manager.delete-attempts"), Reference.GetString("distribution.inbox-manager.lock-file")));
    }

    [Fact]
    public void Fast_retry_interval_is_one_hundred_twenty_minutes()
    {
        var despooler = Reference.GetConfig("distribution.despooler");

        Assert.Equal(TimeSpan.FromMinutes(120), despooler.GetTimeSpan("polling-interval.fast") * despooler.GetInt("retry-interval-factor"));
    }

    [Fact]
    public void Every_setting_of_reference_conf_has_a_comment_above_it()
    {
        var lines = File.ReadAllLines(Path.Combine(HoconFolder(), "reference.conf"));
        var uncommented = lines
            .Select((line, index) => (Line: line.Trim(), Index: index))
            .Where(entry => entry.Line.Contains('=') && !entry.Line.StartsWith('#'))
            .Where(entry => !lines[entry.Index - 1].Trim().StartsWith('#'))
            .Select(entry => entry.Line)
            .ToList();

        Assert.Empty(uncommented);
    }

    [Theory]
    [InlineData("node.conf", "sqlite", "wall")]
    [InlineData("cluster.conf", "postgresql", "wall")]
    [InlineData("simulation.conf", "sqlite", "virtual")]
    public void Shipped_files_load_over_reference(string file, string journal, string clock)
    {
        var config = ConfigFactory.Load(Path.Combine(HoconFolder(), file), environment: Hocon.NoEnvironment);

        Assert.Equal((journal, clock), (config.GetString("persistence.journal"), config.GetString("clock.mode")));
    }

    [Fact]
    public void Cluster_takes_its_connection_string_from_the_environment_when_given()
    {
        var environment = new Dictionary<string, string> { ["PGCONNECTION"] = "Host=db" };

        var config = ConfigFactory.Load(Path.Combine(HoconFolder(), "cluster.conf"), environment: environment);

        Assert.Equal("Host=db", config.GetString("persistence.postgresql.connection-string"));
    }
}
