using ActorDistribution.Testing;
using AkkaFactory = Akka.Configuration.ConfigurationFactory;

namespace ActorDistribution.Hocon.Tests;

/// <summary>
/// Why the node keeps its own HOCON reader: each input below goes the node's way (our reader loads the file over
/// reference.conf, then ToAkkaConfig) and comes out right, where Akka 1.5.75's own parser goes wrong.
/// Akka's parser is never run here on the self-referential or cyclic inputs: its stack overflow would kill the test host.
/// </summary>
public sealed class AkkaParserReasonSpec : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>Akka's parser overflows the stack on this input (the process dies, no exception to catch).</summary>
    [Fact]
    public void A_self_referential_concatenation_appends_to_the_earlier_value()
    {
        var config = Node("a = \"/base\"\na = ${a}\":x\"\n");

        Assert.Equal("/base:x", config.GetString("a"));
    }

    /// <summary>Akka's parser overflows the stack on a substitution cycle.</summary>
    [Fact]
    public void A_substitution_cycle_is_an_error_naming_the_cycle_and_its_line()
    {
        var error = Failure("x = 1\na = ${b}\nb = ${a}\n");

        // The line where the cycle closes: b's ${a}, reached while resolving a.
        Assert.Equal(("node.conf", 3), (Path.GetFileName(error.File), error.Line));
        Assert.Equal($"{error.File}:3:5: found a substitution cycle a -> b -> a, expected values that do not depend on themselves", error.Message);
    }

    /// <summary>Akka's parser accepts this silently: a.b = 1 and no error (<see cref="Akka_accepts_an_unclosed_object"/>).</summary>
    [Fact]
    public void An_unclosed_object_is_an_error_with_file_and_line()
    {
        var error = Failure("x = 1\na = { b = 1\n");

        Assert.Equal(("node.conf", 3), (Path.GetFileName(error.File), error.Line));
        Assert.Contains("expected '}' closing the object opened at", error.Message);
    }

    /// <summary>Akka's parser accepts this silently, a has no value and 1 becomes a key (<see cref="Akka_accepts_a_doubled_separator"/>).</summary>
    [Fact]
    public void A_doubled_separator_is_an_error_with_file_and_line()
    {
        var error = Failure("x = 1\na = = 1\n");

        Assert.Equal(("node.conf", 2), (Path.GetFileName(error.File), error.Line));
        Assert.StartsWith($"{error.File}:2:", error.Message);
    }

    /// <summary>Akka's parser drops the substituted fields: x.r = 1 but no x.p (<see cref="Akka_drops_the_substituted_object_from_a_merge"/>).</summary>
    [Fact]
    public void A_substitution_followed_by_an_object_merges_both()
    {
        var config = Node("d { p = 1 }\nx = ${d} { r = 1 }\n");

        Assert.Equal((1, 1, 1), (config.GetInt("x.p"), config.GetInt("x.r"), config.GetInt("d.p")));
    }

    [Fact]
    public void Akka_accepts_an_unclosed_object()
    {
        Assert.Equal(1, AkkaFactory.ParseString("x = 1\na = { b = 1\n").GetInt("a.b"));
    }

    [Fact]
    public void Akka_accepts_a_doubled_separator()
    {
        var config = AkkaFactory.ParseString("x = 1\na = = 1\n");

        Assert.Equal((1, null, true), (config.GetInt("x"), config.GetString("a"), config.HasPath("1")));
    }

    [Fact]
    public void Akka_drops_the_substituted_object_from_a_merge()
    {
        var config = AkkaFactory.ParseString("d { p = 1 }\nx = ${d} { r = 1 }\n");

        Assert.Equal((1, false), (config.GetInt("x.r"), config.HasPath("x.p")));
    }

    private Akka.Configuration.Config Node(string text) =>
        ConfigFactory.Load(folder.Write("node.conf", text), environment: Hocon.NoEnvironment).ToAkkaConfig();

    private HoconException Failure(string text) => Assert.Throws<HoconException>(() => Node(text));
}
