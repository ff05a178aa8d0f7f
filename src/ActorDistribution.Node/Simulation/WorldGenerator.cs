using System.Globalization;
using ActorDistribution.Node.Commands;

namespace ActorDistribution.Node.Simulation;

/// <summary>The size of a generated enterprise: sites, their servers, CAPs and workstations, and the packages every server holds.</summary>
public sealed record WorldShape(int Sites, int ServersPerSite, int Packages, int CapsPerSite, int ClientsPerSite, int Seed)
{
    /// <summary>Every package goes to every server: one package directory each.</summary>
    public int PackageDirectories => Sites * ServersPerSite * Packages;

    /// <summary>Two inboxes per CAP (offers, components).</summary>
    public int CapInboxes => Sites * CapsPerSite * 2;

    /// <summary>Null when every figure is in range, else what is wrong.</summary>
    public string? Problem() =>
        Sites is < 1 or > 9999 ? "--sites: expected a whole number from 1 to 9999"
        : ServersPerSite is < 1 or > 99 ? "--servers-per-site: expected a whole number from 1 to 99"
        : Packages is < 1 or > 99999 ? "--packages: expected a whole number from 1 to 99999"
        : CapsPerSite is < 0 or > 99 ? "--caps-per-site: expected a whole number from 0 to 99"
        : ClientsPerSite is < 0 or > 999 ? "--clients-per-site: expected a whole number from 0 to 999"
        : null;
}

/// <summary>One line of the world's script at its offset from the start of the week.</summary>
public sealed record WorldStep(TimeSpan At, string Line)
{
    public IReadOnlyList<string> Words => Line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A generated world: its setup lines (at time zero), then the week's lines in time order, and the files the lines name.</summary>
public sealed record GeneratedWorld(WorldShape Shape, TimeSpan Length, IReadOnlyList<WorldStep> Steps, IReadOnlyDictionary<string, string> Files)
{
    /// <summary>The script: steps with <c>clock advance</c> between them and up to the end of the week; file paths under <paramref name="filesRoot"/>.</summary>
    public IEnumerable<string> ScriptLines(string filesRoot)
    {
        yield return $"# generated: simulate generate --sites {Shape.Sites} --servers-per-site {Shape.ServersPerSite} --packages {Shape.Packages} "
                     + $"--caps-per-site {Shape.CapsPerSite} --clients-per-site {Shape.ClientsPerSite} --seed {Shape.Seed}";
        yield return $"# {Shape.PackageDirectories} package directories, {Shape.CapInboxes} CAP inboxes, {DurationText.Format(Length)} of virtual time";
        var now = TimeSpan.Zero;
        foreach (var step in Steps)
        {
            if (step.At > now) yield return $"clock advance {DurationText.Format(step.At - now)}";
            now = step.At > now ? step.At : now;
            yield return step.Line.Replace(WorldGenerator.FilesToken, filesRoot, StringComparison.Ordinal);
        }
        if (Length > now) yield return $"clock advance {DurationText.Format(Length - now)}";
    }
}

/// <summary>
/// A realistic week of an enterprise, deterministic for a seed: sites (a share forcing delivery of open files, the others
/// retrying), servers, packages on every server, CAPs and workstations (some legacy clients that open the lock file);
/// then over the week package updates spread over the working days (a third of the packages), users holding package files open for a spread of times (minutes to
/// days; at forcing sites until the forced disconnection), and at a share of legacy sites a component upgrade whose lock the legacy clients hold (a stuck lock).
/// </summary>
public static class WorldGenerator
{
    /// <summary>Stands for the folder of the generated files in a step's line until the script is written.</summary>
    public const string FilesToken = "{files}";

    public static readonly TimeSpan Week = TimeSpan.FromDays(7);

    private const double ForcedShare = 0.3;
    private const double LegacyClientShare = 0.15;
    private const double StuckLockSiteShare = 0.2;
    private const double UpdatedShare = 0.35;
    private const double UpdatedTwiceShare = 0.05;

    public static GeneratedWorld Generate(WorldShape shape, TimeSpan? length = null)
    {
        var week = length ?? Week;
        var random = new Random(shape.Seed);
        var steps = new List<WorldStep>();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var sites = Enumerable.Range(1, shape.Sites).Select(s => $"S{s:D4}").ToList();
        var servers = sites.ToDictionary(site => site, site => Enumerable.Range(1, shape.ServersPerSite).Select(n => $"{site}SRV{n}").ToList());
        var packages = Enumerable.Range(1, shape.Packages).Select(p => $"PKG{p:D5}").ToList();
        var allTargets = string.Join(',', sites);
        var legacySites = new HashSet<string>(StringComparer.Ordinal);
        var forcedSites = new HashSet<string>(StringComparer.Ordinal);

        void At(TimeSpan at, string line) => steps.Add(new WorldStep(at, line));

        // Setup, all at time zero: the catalog, then the first version of every package on every server.
        foreach (var site in sites)
        {
            var response = Pick(random, ["very-fast", "fast", "fast", "medium", "slow"]);
            At(TimeSpan.Zero, $"site add {site} --response {response}");
            if (random.NextDouble() < ForcedShare)
            {
                forcedSites.Add(site);
                At(TimeSpan.Zero, $"site set {site} use-forced-disconnect=1 retries-before-forced-disconnection={random.Next(2, 13)} forced-disconnection-delay={Pick(random, ["5", "10", "15"])}");
                At(TimeSpan.Zero, $"component pause despooler --site {site}");
                At(TimeSpan.Zero, $"component continue despooler --site {site}");
            }
            foreach (var server in servers[site]) At(TimeSpan.Zero, $"server add {server} --site {site}");
        }
        var versions = packages.ToDictionary(p => p, _ => 1);
        Source(files, 1);
        foreach (var package in packages)
        {
            At(TimeSpan.Zero, $"package add {package} --source {FilesToken}/sources/v1");
            At(TimeSpan.Zero, $"job create share-package-on-server --package {package} --target {allTargets}");
        }
        foreach (var site in sites)
        {
            for (var c = 1; c <= shape.CapsPerSite; c++) At(TimeSpan.Zero, $"cap add {site}CAP{c} --site {site}");
            if (shape.CapsPerSite == 0) continue;
            for (var w = 1; w <= shape.ClientsPerSite; w++)
            {
                var legacy = random.NextDouble() < LegacyClientShare;
                if (legacy) legacySites.Add(site);
                At(TimeSpan.Zero, $"client add {site}W{w:D3} --site {site} --mode {(legacy ? "legacy-open-check" : "scan")} --first-cycle-in {random.Next(1000, 600_000)}ms");
            }
            At(TimeSpan.Zero, $"component start inbox-manager --site {site}");
        }

        // The week: about a third of the packages get an update (a few of them two), at a working-day moment, each distributed to every site.
        foreach (var package in packages)
        {
            var draw = random.NextDouble();
            var updates = draw < UpdatedTwiceShare ? 2 : draw < UpdatedShare ? 1 : 0;
            foreach (var at in Enumerable.Range(0, updates).Select(_ => Spread(random, week)).Order())
            {
                var version = ++versions[package];
                Source(files, version);
                At(at, $"package update {package} --source {FilesToken}/sources/v{version}");
                At(at, $"job create share-package-on-server --package {package} --target {allTargets}");
            }
        }

        // Users hold package files open: one holder per 20 package directories, each for minutes to days (log-uniform).
        var holders = Math.Max(1, shape.PackageDirectories / 20);
        for (var u = 0; u < holders; u++)
        {
            var site = sites[random.Next(sites.Count)];
            var server = servers[site][random.Next(servers[site].Count)];
            var file = $"{server}/{packages[random.Next(packages.Count)]}/setup.exe";
            var opened = Spread(random, week);
            var hold = TimeSpan.FromMinutes(Math.Round(Math.Exp(random.NextDouble() * Math.Log(3 * 24 * 60))));  // 1 min .. 3 days, whole minutes
            var user = $"user{u:D6}";
            At(opened, $"share open {file} --user {user}");
            // At a forcing site the holder keeps the file until the forced disconnection ends the hold (a close after it would fail).
            if (!forcedSites.Contains(site) && opened + hold < week) At(opened + hold, $"share close {file} --user {user}");
        }

        // At a share of the sites with legacy clients a component upgrade arrives: the clients hold its lock open (a stuck lock).
        files["swdist-2.1.exe"] = "software distribution component 2.1";
        foreach (var site in legacySites.Order(StringComparer.Ordinal).Where(_ => random.NextDouble() < StuckLockSiteShare))
        {
            var at = Spread(random, week);
            At(at, $"inbox drop {site} clicomp.box/swdist {FilesToken}/swdist-2.1.exe");
            for (var w = 1; w <= shape.ClientsPerSite; w++) At(at, $"client upgrade {site}W{w:D3} 2.1 swdist-2.1.exe");
        }

        // Stable order: by time, then as generated (setup lines keep their dependency order).
        var ordered = steps.Select((step, index) => (step, index)).OrderBy(x => x.step.At).ThenBy(x => x.index).Select(x => x.step).ToList();
        return new GeneratedWorld(shape, week, ordered, files);
    }

    /// <summary>Writes the script to <paramref name="scriptPath"/> and the files it names beside it (in <c>NAME.files/</c>).</summary>
    public static void Write(GeneratedWorld world, string scriptPath)
    {
        var full = Path.GetFullPath(scriptPath);
        var filesRoot = Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full) + ".files");
        WriteFiles(world, filesRoot);
        File.WriteAllLines(full, world.ScriptLines(filesRoot));
    }

    public static void WriteFiles(GeneratedWorld world, string filesRoot)
    {
        foreach (var (path, content) in world.Files)
        {
            var file = Path.Combine(filesRoot, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, content);
        }
    }

    private static void Source(Dictionary<string, string> files, int version)
    {
        files[$"sources/v{version}/setup.exe"] = $"setup version {version.ToString(CultureInfo.InvariantCulture)}";
        files[$"sources/v{version}/readme.txt"] = $"readme of version {version.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>A moment of the week on a working day's hours (08:00-18:00 of days 0-4), to the second.</summary>
    private static TimeSpan Spread(Random random, TimeSpan week)
    {
        var days = Math.Max(1, Math.Min(5, (int)week.TotalDays));
        return TimeSpan.FromDays(random.Next(days)) + TimeSpan.FromHours(8) + TimeSpan.FromSeconds(random.Next(10 * 3600));
    }

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];
}
