using ActorDistribution.Testing;
using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

/// <summary>The node logs through Serilog's global logger, which every embedded node of a test replaces: run alone.</summary>
[CollectionDefinition(nameof(GlobalLogger), DisableParallelization = true)]
public sealed class GlobalLogger;

/// <summary>In simulation mode the log lines carry the virtual time, the wall time after it in brackets.</summary>
[Collection(nameof(GlobalLogger))]
public sealed class SimulationLogSpec : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void The_log_file_of_a_simulation_carries_the_virtual_time_and_the_wall_time_in_brackets()
    {
        var script = _data.Write("script.txt", "site add CH2\ncap add CAP_DAN --site CH2\nclock advance 2h\ncomponent start inbox-manager --site CH2\nclock advance 1m\n");

        // The shell logs to <data>/logs/actordistribution-<date>.log.
        var (code, _, error) = Run("--simulate", "--data", _data.Path, "--script", script);

        Assert.Equal((0, ""), (code, error));
        var lines = Directory.GetFiles(Path.Combine(_data.Path, "logs")).SelectMany(File.ReadAllLines).ToList();
        Assert.Contains(lines, line => line.StartsWith("2026-01-01 02:0", StringComparison.Ordinal) && line.Contains(" [wall ", StringComparison.Ordinal));
    }
}
