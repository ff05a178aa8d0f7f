using System.Text.Json;

namespace ActorDistribution.Hocon.Tests;

/// <summary>ToAkkaConfig: the tree our reader resolved reaches Akka intact, with Akka's defaults beneath.</summary>
public sealed class AkkaConfigSpec
{
    private static Akka.Configuration.Config Akka(string text) => Hocon.Parse(text).ToAkkaConfig();

    [Fact]
    public void Nested_objects_keep_their_paths()
    {
        var config = Akka("a { b { c = 1, d = x }, e = \"y\" }\na.b.f = 2");

        Assert.Equal((1, "x", "y", 2), (config.GetInt("a.b.c"), config.GetString("a.b.d"), config.GetString("a.e"), config.GetInt("a.b.f")));
    }

    [Fact]
    public void Lists_keep_their_items_in_order()
    {
        var config = Akka("numbers = [3, 1, 2]\nwords = [x, \"y z\", 5s]\nempty = []");

        Assert.Equal([3, 1, 2], config.GetIntList("numbers"));
        Assert.Equal(["x", "y z", "5s"], config.GetStringList("words"));
        Assert.Empty(config.GetStringList("empty"));
    }

    [Fact]
    public void A_list_of_objects_keeps_each_object()
    {
        var items = Akka("sites = [{ name = a, port = 1 }, { name = b, port = 2 }]").GetValue("sites").GetArray();

        Assert.Equal(["a:1", "b:2"], items.Select(item => $"{item.GetObject().GetKey("name").GetString()}:{item.GetObject().GetKey("port").GetInt()}"));
    }

    [Fact]
    public void A_quoted_key_with_dots_and_commas_stays_one_key()
    {
        var bindings = Akka("akka.actor.serialization-bindings { \"My.Type, My.Assembly\" = json }")
            .GetConfig("akka.actor.serialization-bindings").AsEnumerable()
            .ToDictionary(binding => binding.Key, binding => binding.Value.GetString());

        Assert.Equal("json", bindings["My.Type, My.Assembly"]);
        Assert.Equal("json", bindings["System.Object"]); // Akka's own binding, beneath ours
    }

    [Fact]
    public void A_quoted_key_with_a_dot_is_reachable_by_a_quoted_path()
    {
        var config = Akka("a { \"b.c\" = 1, b { c = 2 } }");

        Assert.Equal((1, 2), (config.GetInt("a.\"b.c\""), config.GetInt("a.b.c")));
    }

    [Fact]
    public void Keys_Akka_would_read_as_syntax_stay_plain_keys()
    {
        var keys = Akka("k { \"include\" = 1, \"a b\" = 2, \"${x}\" = 3, \"#c\" = 4, \"q\\\"uote\" = 5 }")
            .GetConfig("k").AsEnumerable().ToDictionary(field => field.Key, field => field.Value.GetInt());

        Assert.Equal(new Dictionary<string, int> { ["include"] = 1, ["a b"] = 2, ["${x}"] = 3, ["#c"] = 4, ["q\"uote"] = 5 }, keys);
    }

    [Fact]
    public void Strings_arrive_as_written_even_when_Akka_would_read_them_as_syntax()
    {
        var config = Akka("""
            s {
              substitution = "${not.resolved}"
              comment = "# not a comment // either"
              quotes = "say \"hi\" \\ back"
              lines = "one\ntwo\ttab"
              unicode = "caf\u00e9 ✓"
              empty = ""
            }
            """);

        Assert.Equal(
            ["${not.resolved}", "# not a comment // either", "say \"hi\" \\ back", "one\ntwo\ttab", "café ✓", ""],
            new[] { "substitution", "comment", "quotes", "lines", "unicode", "empty" }.Select(key => config.GetString($"s.{key}")));
    }

    [Theory]
    [InlineData("5s", 5_000)]
    [InlineData("1ms", 1)]
    [InlineData("10 s", 10_000)]
    [InlineData("\"10 s\"", 10_000)]
    [InlineData("2 minutes", 120_000)]
    [InlineData("250", 250)]
    public void Durations_parse_in_Akka(string written, long milliseconds)
    {
        var config = Akka($"akka.actor.ask-timeout = {written}");

        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), config.GetTimeSpan("akka.actor.ask-timeout"));
    }

    [Theory]
    [InlineData("64 MiB", 64L * 1024 * 1024)]
    [InlineData("10k", 10L * 1024)]
    [InlineData("512b", 512)]
    [InlineData("1024", 1024)]
    public void Sizes_parse_in_Akka(string written, long bytes)
    {
        Assert.Equal(bytes, Akka($"size = {written}").GetByteSize("size"));
    }

    [Fact]
    public void Booleans_parse_in_Akka_as_true_false_on_and_off()
    {
        var config = Akka("b { t = true, f = false, on = on, off = off }");

        Assert.Equal([true, false, true, false], new[] { "t", "f", "on", "off" }.Select(key => config.GetBoolean($"b.{key}")));
    }

    /// <summary>
    /// Our reader takes yes/no as booleans (as Lightbend's does), Akka 1.5.75 does not; they arrive as the strings
    /// they are, so an Akka setting must be written true/false or on/off.
    /// </summary>
    [Theory]
    [InlineData("yes")]
    [InlineData("no")]
    public void Yes_and_no_arrive_as_strings_that_Akka_does_not_read_as_booleans(string written)
    {
        var config = Akka($"b = {written}");

        Assert.Equal(written, config.GetString("b"));
        Assert.Throws<NotSupportedException>(() => config.GetBoolean("b"));
    }

    [Fact]
    public void Numbers_keep_their_value_and_the_text_they_were_written_with()
    {
        var config = Akka("n { int = 42, negative = -3, long = 9000000000, real = 1.50, exponent = 1e3 }");

        Assert.Equal((42, -3, 9_000_000_000L, 1.5, 1000.0), (config.GetInt("n.int"), config.GetInt("n.negative"), config.GetLong("n.long"), config.GetDouble("n.real"), config.GetDouble("n.exponent")));
        Assert.Equal("1.50", config.GetString("n.real"));
    }

    [Fact]
    public void Null_arrives_as_null()
    {
        var config = Akka("a = null\nb = 1");

        Assert.Null(config.GetString("a"));
    }

    [Fact]
    public void The_text_handed_to_Akka_is_JSON_of_the_resolved_tree()
    {
        var config = Hocon.Parse("base = /x\na { \"b.c\" = ${base}/y, list = [1, true, null, \"q\\\"\"], o {} }");

        var rendered = AkkaConfigExtensions.ToAkkaHocon(config);

        Assert.Equal(config.Json(), JsonSerializer.Serialize(JsonDocument.Parse(rendered).RootElement));
    }

    [Fact]
    public void Akka_defaults_lie_beneath_settings_we_do_not_write()
    {
        var config = Akka("a = 1");

        Assert.Equal(("Akka.Actor.LocalActorRefProvider", "INFO"), (config.GetString("akka.actor.provider"), config.GetString("akka.loglevel")));
    }

    [Fact]
    public void Our_value_overrides_Akkas_default_and_its_siblings_stay()
    {
        var config = Akka("akka { loglevel = DEBUG, actor.ask-timeout = 7s }");

        Assert.Equal(("DEBUG", TimeSpan.FromSeconds(7), "Akka.Actor.LocalActorRefProvider"), (config.GetString("akka.loglevel"), config.GetTimeSpan("akka.actor.ask-timeout"), config.GetString("akka.actor.provider")));
    }

    [Fact]
    public void The_shipped_akka_section_reaches_Akka()
    {
        var config = ConfigFactory.Reference(Hocon.NoEnvironment).ToAkkaConfig();

        Assert.Equal(["Akka.Logger.Serilog.SerilogLogger, Akka.Logger.Serilog"], config.GetStringList("akka.loggers"));
        Assert.Equal(
            ("Akka.Logger.Serilog.SerilogLogMessageFormatter, Akka.Logger.Serilog", "INFO", "WARNING", false, TimeSpan.FromSeconds(10), false),
            (config.GetString("akka.logger-formatter"), config.GetString("akka.loglevel"), config.GetString("akka.stdout-loglevel"), config.GetBoolean("akka.log-config-on-start"), config.GetTimeSpan("akka.actor.ask-timeout"), config.GetBoolean("akka.coordinated-shutdown.run-by-clr-shutdown-hook")));
    }
}
