using ActorDistribution.Testing;
using ActorDistribution.Runtime.Logging;

namespace ActorDistribution.Hocon.Tests;

public sealed class LoggingConfigurationSpec : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_component_override_lets_its_debug_events_through_while_others_stay_at_the_default()
    {
        var sink = new CollectingSink();
        var config = Logging("minimum-level = information\noverrides { despooler = debug, client = warning }");
        using (var logger = LoggingConfiguration.Configure(config).WriteTo.Sink(sink).CreateLogger())
        {
            logger.ForContext("component", "despooler").Debug("despooler debug");
            logger.ForContext("component", "inbox-manager").Debug("inbox debug");
            logger.ForContext("component", "client").Information("client info");
            logger.Information("plain info");
        }

        Assert.Equal(["despooler debug", "plain info"], sink.Messages);
    }

    [Fact]
    public void The_file_sink_writes_with_the_configured_template()
    {
        var path = Path.Combine(folder.Path, "app.log").Replace("\\", "/", StringComparison.Ordinal);
        var config = Logging($$"""file { enabled = on, path = "{{path}}", rolling-interval = infinite, output-template = "{Level:u3}|{component}|{Message:lj}{NewLine}" }""");
        using (var logger = LoggingConfiguration.Configure(config).CreateLogger())
        {
            logger.ForContext("component", "despooler").Warning("copy failed");
        }

        Assert.Equal("WRN|despooler|copy failed", File.ReadAllText(path).Trim());
    }

    [Fact]
    public void On_a_virtual_clock_the_file_lines_carry_the_virtual_time_and_the_wall_time_in_brackets()
    {
        var path = Path.Combine(folder.Path, "sim.log").Replace("\\", "/", StringComparison.Ordinal);
        var config = Logging($$"""file { enabled = on, path = "{{path}}", rolling-interval = infinite }""");
        var clock = new LogClock();
        clock.UseVirtual(() => new DateTimeOffset(2026, 1, 1, 0, 4, 0, TimeSpan.Zero));
        using (var logger = LoggingConfiguration.Configure(config, clock).CreateLogger())
        {
            logger.ForContext("component", "inbox-manager").Warning("lock file left in place");
        }

        var line = File.ReadAllText(path).Trim();
        Assert.StartsWith("2026-01-01 00:04:00.000 +00:00 [wall ", line);
        Assert.Contains("] [WRN] inbox-manager lock file left in place", line);
        Assert.DoesNotContain("WallTime", line);
    }

    [Fact]
    public void On_the_wall_clock_the_lines_carry_the_wall_time_alone()
    {
        var path = Path.Combine(folder.Path, "wall.log").Replace("\\", "/", StringComparison.Ordinal);
        var config = Logging($$"""file { enabled = on, path = "{{path}}", rolling-interval = infinite }""");
        var before = DateTimeOffset.Now;
        using (var logger = LoggingConfiguration.Configure(config, new LogClock()).CreateLogger())
        {
            logger.ForContext("component", "despooler").Information("copied");
        }

        var line = File.ReadAllText(path).Trim();
        Assert.StartsWith(before.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), line);
        Assert.DoesNotContain("[wall", line);
        Assert.Contains(" [INF] despooler copied", line);
    }

    [Fact]
    public void An_unknown_level_names_the_setting_and_the_allowed_levels()
    {
        var error = Assert.Throws<HoconException>(() => LoggingConfiguration.Configure(Logging("minimum-level = loud")));

        Assert.Contains("setting 'logging.minimum-level': found string 'loud', expected a level", error.Message);
    }

    private static Config Logging(string section) =>
        Hocon.Parse($"logging {{ console.enabled = off\n{section} }}").WithFallback(ConfigFactory.Reference(Hocon.NoEnvironment));
}
