using ActorDistribution.Testing;
using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

/// <summary>The shell's modes through its own entry point: one-shot, script, options, on a simulated embedded node.</summary>
public sealed class ShellInvocationSpec : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private (int Code, string Output, string Error) Simulated(params string[] command)
        => Run(["--simulate", "--data", _data.Path, "--", .. command]);

    [Fact]
    public void A_one_shot_command_runs_on_the_embedded_simulated_node()
    {
        var (code, output, error) = Simulated("clock", "advance", "22h05m");
        Assert.Equal((0, ""), (code, error));
        Assert.Contains("22:05:00", output);
    }

    [Fact]
    public void A_restarted_simulation_resumes_at_the_time_it_had_reached()
    {
        Simulated("clock", "advance", "22h");
        var (_, output, _) = Simulated("clock", "show");
        Assert.Contains("2026-01-01 22:00:00", output);
    }

    [Fact]
    public void A_bad_duration_fails_the_one_shot_with_the_allowed_forms()
    {
        var (code, _, error) = Simulated("clock", "advance", "soon");
        Assert.Equal(1, code);
        Assert.Contains("'soon' is not a duration", error);
        Assert.Contains("22h05m", error);
    }

    [Fact]
    public void An_unknown_verb_fails_with_exit_code_1()
    {
        var (code, _, error) = Simulated("teleport", "CH2");
        Assert.Equal(1, code);
        Assert.Contains("teleport", error);
    }

    [Fact]
    public void A_script_stops_at_its_first_error_and_names_the_line()
    {
        var script = _data.Write("steps.txt", "# a comment\nclock advance 1h\n\nclock advance never\nclock advance 1h\n");
        var (code, output, error) = Run("--simulate", "--data", _data.Path, "--script", script);
        Assert.Equal(1, code);
        Assert.Contains("advanced 1h00m", output);
        Assert.DoesNotContain("02:00:00", output);  // the line after the error never ran
        Assert.Contains("steps.txt:4", error);
    }

    [Fact]
    public void An_unknown_option_is_refused_with_the_usage()
    {
        var (code, _, error) = Run("--teleport");
        Assert.Equal(1, code);
        Assert.Contains("unknown option --teleport", error);
        Assert.Contains("--simulate", error);
    }

    [Fact]
    public void Forced_delivery_time_of_the_articles_example_is_22h05m()
    {
        var (code, output, _) = Run("forced-delivery-time", "--response", "fast", "--retries", "10", "--delay", "5m");
        Assert.Equal(0, code);
        Assert.Contains("22h05m (1325 min)", output);
    }

    [Fact]
    public void Forced_delivery_time_refuses_an_unknown_response_listing_the_allowed_ones()
    {
        var (code, _, error) = Run("forced-delivery-time", "--response", "instant", "--retries", "10", "--delay", "5m");
        Assert.Equal(1, code);
        Assert.Contains("very-fast", error);
    }
}
