using ActorDistribution.Testing;
namespace ActorDistribution.Hocon.Tests;

public sealed class LoadOrderSpec : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Without_a_file_the_embedded_reference_defaults_apply()
    {
        Assert.Equal(30, ConfigFactory.Load(environment: Hocon.NoEnvironment).GetInt("actor-system.throughput"));
    }

    [Fact]
    public void The_file_overrides_reference_and_keeps_its_other_defaults()
    {
        var file = folder.Write("app.conf", "actor-system.throughput = 5");

        var config = ConfigFactory.Load(file, environment: Hocon.NoEnvironment);

        Assert.Equal((5, TimeSpan.FromSeconds(10)), (config.GetInt("actor-system.throughput"), config.GetTimeSpan("actor-system.ask-timeout")));
    }

    [Fact]
    public void Overrides_win_over_the_file()
    {
        var file = folder.Write("app.conf", "actor-system.throughput = 5");

        var config = ConfigFactory.Load(file, ["actor-system.throughput=7"], Hocon.NoEnvironment);

        Assert.Equal(7, config.GetInt("actor-system.throughput"));
    }

    [Fact]
    public void Forced_environment_variables_win_over_overrides()
    {
        var environment = new Dictionary<string, string> { ["CONFIG_FORCE_distribution_client_lock__retries"] = "40" };

        var config = ConfigFactory.Load(null, ["distribution.client.lock-retries=35"], environment);

        Assert.Equal(40, config.GetInt("distribution.client.lock-retries"));
    }

    [Fact]
    public void A_file_substitution_sees_reference_values_beneath_it()
    {
        var file = folder.Write("app.conf", "shares.root = ${persistence.sqlite.path}\"-shares\"");

        Assert.Equal("./data/journal.db-shares", ConfigFactory.Load(file, environment: Hocon.NoEnvironment).GetString("shares.root"));
    }

    [Fact]
    public void A_file_self_reference_extends_the_reference_value()
    {
        var file = folder.Write("app.conf", "distribution.inbox-manager.inboxes += \"extra.box\"");

        var inboxes = ConfigFactory.Load(file, environment: Hocon.NoEnvironment).GetStringList("distribution.inbox-manager.inboxes");

        Assert.Equal(["offerinf.box", "clicomp.box/swdist", "extra.box"], inboxes);
    }

    [Fact]
    public void An_override_substitution_sees_the_file_override_too()
    {
        var file = folder.Write("app.conf", "node.http.port = 6000\nlabel = \"port \"${node.http.port}");

        Assert.Equal("port 7000", ConfigFactory.Load(file, ["node.http.port=7000"], Hocon.NoEnvironment).GetString("label"));
    }

    [Fact]
    public void An_override_may_give_an_array()
    {
        var config = ConfigFactory.Load(null, ["distribution.inbox-manager.inboxes=[a.box]"], Hocon.NoEnvironment);

        Assert.Equal(["a.box"], config.GetStringList("distribution.inbox-manager.inboxes"));
    }

    [Fact]
    public void An_override_without_equals_is_a_clear_error()
    {
        var error = Assert.Throws<HoconException>(() => ConfigFactory.Load(null, ["just-a-key"], Hocon.NoEnvironment));

        Assert.Contains("expected an override written path=value", error.Message);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        var error = Assert.Throws<HoconException>(() => ConfigFactory.Load(Path.Combine(folder.Path, "none.conf"), environment: Hocon.NoEnvironment));

        Assert.Contains("found no file", error.Message);
    }

    [Fact]
    public void A_file_clears_a_reference_object_by_setting_it_to_null_first()
    {
        var file = folder.Write("app.conf", "logging.overrides = null\nlogging.overrides { client = debug }");

        var config = ConfigFactory.Load(file, environment: Hocon.NoEnvironment);

        Assert.Equal("""{"client":"debug"}""", config.Json("logging.overrides"));
    }
}
