using ActorDistribution.Node.Simulation;

namespace ActorDistribution.Shell.Tests;

/// <summary>Issue 13: <c>simulate generate</c> writes a whole enterprise and a week as a script, the same for the same seed, that the shell runs.</summary>
public sealed class SimulateGenerateSpec : SimulatedShellSpec
{
    private static readonly WorldShape Small = new(Sites: 4, ServersPerSite: 2, Packages: 5, CapsPerSite: 1, ClientsPerSite: 3, Seed: 42);

    private string[] Generate(string file, int seed, int sites = 4)
    {
        var path = Path.Combine(Data.Path, file);
        var (code, output, error) = ShellRun.Run("--", "simulate", "generate", "--sites", $"{sites}", "--servers-per-site", "2", "--packages", "5",
            "--caps-per-site", "1", "--clients-per-site", "3", "--seed", $"{seed}", "--out", path);
        Assert.True(code == 0, error);
        Assert.Contains("40 package directories", output);
        return File.ReadAllLines(path).Skip(1)
            .Select(l => l.Replace(Path.Combine(Data.Path, Path.GetFileNameWithoutExtension(file) + ".files"), "{files}", StringComparison.Ordinal)).ToArray();
    }

    [Fact]
    public void The_same_seed_writes_the_same_script_and_another_seed_another()
    {
        Assert.Equal(Generate("a.txt", 42), Generate("b.txt", 42));
        Assert.NotEqual(Generate("c.txt", 42), Generate("d.txt", 43));
    }

    [Fact]
    public void The_week_holds_updates_open_files_forced_sites_legacy_clients_and_a_stuck_lock_in_time_order()
    {
        var world = WorldGenerator.Generate(Small with { Sites = 20 });

        Assert.Equal(world.Steps.OrderBy(s => s.At).Select(s => s.At), world.Steps.Select(s => s.At));
        Assert.All(world.Steps, s => Assert.InRange(s.At, TimeSpan.Zero, TimeSpan.FromDays(7)));
        Assert.Contains(world.Steps, s => s.At > TimeSpan.Zero && s.Line.StartsWith("package update ", StringComparison.Ordinal));
        Assert.Contains(world.Steps, s => s.Line.StartsWith("share open ", StringComparison.Ordinal));
        Assert.Contains(world.Steps, s => s.Line.StartsWith("share close ", StringComparison.Ordinal));
        Assert.Contains(world.Steps, s => s.Line.Contains("use-forced-disconnect=1", StringComparison.Ordinal));
        Assert.Contains(world.Steps, s => s.Line.Contains("--mode legacy-open-check", StringComparison.Ordinal));
        Assert.Contains(world.Steps, s => s.Line.StartsWith("inbox drop ", StringComparison.Ordinal) && s.Line.Contains("clicomp.box/swdist"));
        Assert.Equal(20 * 2 * 5, world.Shape.PackageDirectories);
    }

    [Fact]
    public void A_figure_out_of_range_is_an_error_line()
    {
        var (code, _, error) = ShellRun.Run("--", "simulate", "generate", "--sites", "0", "--out", Path.Combine(Data.Path, "x.txt"));

        Assert.Equal(1, code);
        Assert.StartsWith("error: simulate generate: --sites: expected a whole number from 1 to 9999", error);
    }
}
