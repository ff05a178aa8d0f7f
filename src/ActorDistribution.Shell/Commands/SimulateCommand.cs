using System.CommandLine;
using ActorDistribution.Node.Simulation;

namespace ActorDistribution.Shell.Commands;

/// <summary>
/// <c>simulate generate --sites N --servers-per-site M --packages P --caps-per-site C --clients-per-site W --seed S --out FILE</c>:
/// writes a script of a whole enterprise and a realistic week (<see cref="WorldGenerator"/>), the same for the same seed,
/// with the package sources and installer it names in <c>FILE-without-extension.files/</c>; run it with <c>--simulate --script FILE</c>.
/// </summary>
public static class SimulateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        Option<int> Number(string name, string description, int fallback) => new(name) { Description = description, DefaultValueFactory = _ => fallback };
        var sites = Number("--sites", "Sites", 10);
        var servers = Number("--servers-per-site", "Distribution servers per site (each holds every package)", 2);
        var packages = Number("--packages", "Packages, each on every server", 50);
        var caps = Number("--caps-per-site", "CAPs per site (two inboxes each)", 2);
        var clients = Number("--clients-per-site", "Simulated workstations per site", 2);
        var seed = Number("--seed", "The random seed: the same seed writes the same script", 1);
        var output_ = new Option<string>("--out") { Description = "The script file to write (its files go to <name>.files/ beside it)", Required = true };

        var generate = new Command("generate", "Write a script of a generated enterprise and a week of package updates, open files and stuck locks");
        foreach (var option in new Option[] { sites, servers, packages, caps, clients, seed, output_ }) generate.Options.Add(option);
        generate.SetAction(parsed =>
        {
            var shape = new WorldShape(parsed.GetValue(sites), parsed.GetValue(servers), parsed.GetValue(packages), parsed.GetValue(caps),
                parsed.GetValue(clients), parsed.GetValue(seed));
            if (shape.Problem() is { } problem)
            {
                error.WriteLine($"error: simulate generate: {problem}");
                return 1;
            }
            var path = parsed.GetValue(output_)!;
            try
            {
                var world = WorldGenerator.Generate(shape);
                WorldGenerator.Write(world, path);
                output.WriteLine($"wrote {path}: {shape.PackageDirectories} package directories, {shape.CapInboxes} CAP inboxes, {world.Steps.Count} steps over 7 days (seed {shape.Seed})");
                return 0;
            }
            catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: simulate generate: cannot write {path}: {failure.Message}");
                return 1;
            }
        });

        var simulate = new Command("simulate", "Generate simulated worlds (answered by the shell itself)");
        simulate.Subcommands.Add(generate);
        return simulate;
    }
}
