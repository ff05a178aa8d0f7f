using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.SiteDespoolers;
using ActorDistribution.Distribution.Sites;
using ActorDistribution.Distribution.StuckLockRemedies;
using ActorDistribution.Hocon;
using ActorDistribution.Node.Cluster;
using ActorDistribution.Runtime.Persistence;

namespace ActorDistribution.Node;

/// <summary>
/// One configuration mistake found at start: where it was written, which setting, what was found and what is allowed.
/// Rendered <c>file:line: path: found X, expected Y</c> (no line for a -D override or an environment variable).
/// </summary>
/// <param name="Message">The whole text when a settings class reported the problem itself (its own wording).</param>
public sealed record ConfigProblem(ConfigOrigin? Origin, string Path, string Found, string Expected, string? Message = null)
{
    public override string ToString()
    {
        if (Message is not null) return Message;
        var where = Origin switch
        {
            null => "",
            { File: var file } when file.StartsWith("-D ", StringComparison.Ordinal) || file.StartsWith("environment variable ", StringComparison.Ordinal) => $"{file}: ",
            { } origin => $"{origin.File}:{origin.Line}: ",
        };
        return $"{where}{Path}: found {Found}, expected {Expected}";
    }
}

/// <summary>
/// Checks every setting before an actor system exists (shell and node start): type, range and allowed words of each
/// setting of reference.conf, then the settings classes bind their sections. All problems are collected, not just the first;
/// an unknown -D path is a problem with the nearest known paths suggested.
/// </summary>
public static class StartupValidation
{
    /// <summary>One setting's check; <see cref="Path"/> elements may be <c>*</c> (any key of an open map).</summary>
    public sealed record Rule(string[] Path, string Expected, Func<Config, string, string?> Check, bool Optional = false)
    {
        /// <summary>Words the setting allows (an enumeration), or null when it is not one.</summary>
        public IReadOnlyList<string>? Allowed { get; init; }

        /// <summary>True when a value of the right type can still be out of range (negative count, zero interval...).</summary>
        public bool HasRange { get; init; }

        public bool Matches(IReadOnlyList<string> path) =>
            path.Count == Path.Length && Path.Select((element, i) => element == "*" || element == path[i]).All(same => same);
    }

    private static readonly string[] LogLevels = ["verbose", "debug", "information", "warning", "error", "fatal"];
    private static readonly string[] LogLevelAliases = ["trace", "info", "warn"];
    private static readonly string[] AkkaLogLevels = ["DEBUG", "INFO", "WARNING", "ERROR", "OFF"];

    /// <summary>Paths under which any key is accepted (-D may add keys there): Akka's own settings and the per-component log levels.</summary>
    public static IReadOnlyList<string> OpenSections { get; } = ["akka", "logging.overrides"];

    /// <summary>Every setting of reference.conf (and the optional ones it leaves out), with its type and range.</summary>
    public static IReadOnlyList<Rule> Rules { get; } =
    [
        Text("actor-system.name", nonEmpty: true),
        Int("actor-system.throughput", 1),
        Duration("actor-system.ask-timeout", positive: true),
        Duration("actor-system.shutdown-timeout", positive: true),
        Words("clock.mode", ["wall", "virtual"]),
        Words("persistence.journal", ["sqlite", "postgresql"]),
        Text("persistence.sqlite.path"),
        Duration("persistence.sqlite.busy-timeout", positive: true),
        Text("persistence.postgresql.connection-string"),
        Int("persistence.write.batch-size", 1),
        Int("persistence.write.parallelism", 1),
        Int("persistence.write.buffer-size", 1),
        Duration("persistence.query.live-poll-interval", positive: true),
        Int("persistence.query.page-size", 1),
        Words("logging.minimum-level", LogLevels, LogLevelAliases),
        Words("logging.overrides.*", LogLevels, LogLevelAliases),
        Bool("logging.console.enabled"),
        Text("logging.console.output-template"),
        Bool("logging.file.enabled"),
        Text("logging.file.path", nonEmpty: true),
        Words("logging.file.rolling-interval", ["infinite", "year", "month", "day", "hour", "minute"]),
        Int("logging.file.retained-file-count", 1),
        Text("logging.file.output-template"),
        Words("distribution.site-defaults.response", ResponseModeNames.Allowed),
        ForcedDisconnect("distribution.site-defaults.use-forced-disconnect"),
        Int("distribution.site-defaults.retries-before-forced-disconnection", 0),
        WholeSeconds("distribution.site-defaults.forced-disconnection-delay"),
        Duration("distribution.entities.passivate-after", positive: false),
        Int("distribution.entities.snapshot-every", 0),
        Duration("distribution.despooler.polling-interval.very-fast", positive: true),
        Duration("distribution.despooler.polling-interval.fast", positive: true),
        Duration("distribution.despooler.polling-interval.medium", positive: true),
        Duration("distribution.despooler.polling-interval.slow", positive: true),
        Int("distribution.despooler.retry-interval-factor", 1),
        Int("distribution.despooler.max-retries", 0),
        TextList("distribution.inbox-manager.inboxes"),
        Duration("distribution.inbox-manager.scan-interval", positive: true),
        Int("distribution.inbox-manager.delete-attempts", 1),
        Duration("distribution.inbox-manager.delete-retry-spacing", positive: false),
        Text("distribution.inbox-manager.lock-file", nonEmpty: true),
        Duration("distribution.inbox-manager.copy-duration", positive: false),
        Duration("distribution.client.lock-retry-interval", positive: true),
        Int("distribution.client.lock-retries", 0),
        Words("distribution.client.mode", ["scan", "legacy-open-check"]),
        Duration("distribution.client.cycle-interval", positive: true),
        Duration("distribution.client.legacy-open-hold", positive: false) with { Optional = true },
        Duration("distribution.stuck-lock.max-age", positive: true),
        Int("distribution.stuck-lock.max-rounds", 1),
        Bool("distribution.stuck-lock.enabled"),
        Text("node.http.host", nonEmpty: true),
        Int("node.http.port", 1, 65535),
        Text("node.http.token"),
        Bool("cluster.enabled"),
        Text("cluster.host", nonEmpty: true),
        Int("cluster.port", 1, 65535),
        SeedNodes("cluster.seed-nodes"),
        Int("cluster.expected-nodes", 1),
        Int("cluster.shard-count", 0),
        Duration("cluster.stable-after", positive: true),
        Duration("cluster.down-removal-margin", positive: false),
        Duration("cluster.updating-state-timeout", positive: true),
        Duration("cluster.failure-detector.heartbeat-interval", positive: true),
        Duration("cluster.failure-detector.acceptable-heartbeat-pause", positive: true),
        Text("shares.root", nonEmpty: true),
        Text("shares.service-account", nonEmpty: true),
        Words("shares.host", ["embedded", "remote"]),
        Text("shares.remote.url", nonEmpty: true),
        Text("shares.remote.token"),
        Duration("shares.remote.timeout", positive: true),
        Int("shares.remote.retries", 0),
        Text("fileserver.http.host", nonEmpty: true),
        Int("fileserver.http.port", 1, 65535),
        Text("fileserver.root", nonEmpty: true),
        Text("fileserver.token"),
        TextList("fileserver.servers"),
        Text("fileserver.service-account", nonEmpty: true),
        Size("fileserver.max-upload-size"),
        Bool("fileserver.close-handles-on-start"),
        Duration("fileserver.write-reservation-timeout", positive: true),
        Words("akka.loglevel", AkkaLogLevels),
        Words("akka.stdout-loglevel", AkkaLogLevels),
        TextList("akka.loggers"),
        Text("akka.logger-formatter", nonEmpty: true),
        AkkaBool("akka.log-config-on-start"),
        Duration("akka.actor.ask-timeout", positive: true),
        Text("akka.actor.serializers.*", nonEmpty: true),
        Text("akka.actor.serialization-bindings.*", nonEmpty: true),
        TextList("akka.actor.serialization-settings.distribution-events.assemblies"),
        AkkaBool("akka.coordinated-shutdown.run-by-clr-shutdown-hook"),
    ];

    /// <summary>Every problem of <paramref name="config"/>; <paramref name="overrides"/> are the -D settings it was loaded with.</summary>
    public static IReadOnlyList<ConfigProblem> Check(Config config, IEnumerable<string>? overrides = null)
    {
        var problems = new List<ConfigProblem>();
        foreach (var setting in overrides ?? [])
        {
            if (UnknownOverride(setting) is { } unknown) problems.Add(unknown);
        }

        foreach (var rule in Rules)
        {
            foreach (var path in Expand(config.Root, rule.Path))
            {
                var rendered = Render(path);
                var value = Descend(config.Root, path);
                if (value is null || value is HoconScalar { Kind: ScalarKind.Null })
                {
                    if (!rule.Optional) problems.Add(new ConfigProblem(value?.Origin, rendered, "no value", rule.Expected));
                    continue;
                }

                string? mismatch;
                try
                {
                    mismatch = rule.Check(config, rendered);
                }
                catch (HoconException)
                {
                    mismatch = rule.Expected;
                }

                if (mismatch is not null) problems.Add(new ConfigProblem(value.Origin, rendered, Describe(value), mismatch));
            }
        }

        // The settings classes bind their sections: what only they know (a journal's chosen database, cross-setting rules).
        if (problems.Count == 0)
        {
            foreach (var bind in Binders)
            {
                try
                {
                    bind(config);
                }
                catch (Exception error) when (error is HoconException or ArgumentException or FormatException)
                {
                    problems.Add(new ConfigProblem((error as HoconException)?.Origin, "", "", "", error.Message));
                }
            }
        }

        return problems;
    }

    /// <summary>Paths a -D may set: reference.conf's settings and sections, the optional settings, and anything under an open section.</summary>
    public static IReadOnlyList<string> KnownPaths()
    {
        var known = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var leaf in Leaves(ConfigFactory.Reference(new Dictionary<string, string>()).Root))
        {
            for (var i = 1; i <= leaf.Count; i++) known.Add(Render(leaf.Take(i)));
        }

        foreach (var rule in Rules.Where(rule => !rule.Path.Contains("*"))) known.Add(string.Join('.', rule.Path));
        return known.ToList();
    }

    /// <summary>The paths of every setting (non-object value) under <paramref name="root"/>, as elements.</summary>
    public static IEnumerable<IReadOnlyList<string>> Leaves(HoconObject root, IReadOnlyList<string>? prefix = null)
    {
        prefix ??= [];
        foreach (var (key, value) in root.Fields)
        {
            IReadOnlyList<string> path = [.. prefix, key];
            if (value is HoconObject inner && inner.Fields.Count > 0)
            {
                foreach (var leaf in Leaves(inner, path)) yield return leaf;
            }
            else
            {
                yield return path;
            }
        }
    }

    /// <summary>Path elements as a HOCON path expression, quoting keys that hold dots, quotes or spaces.</summary>
    public static string Render(IEnumerable<string> path) =>
        string.Join('.', path.Select(element => element.Length == 0 || element.Any(c => c is '.' or '"' or ',' || char.IsWhiteSpace(c)) ? $"\"{element}\"" : element));

    /// <summary>The Levenshtein distance between two strings.</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private static readonly Action<Config>[] Binders =
    [
        config => NodeSettings.From(config),
        config => JournalSettings.FromConfig(config),
        config => SiteSettings.Defaults(config),
        config => DespoolerOptions.From(config),
        config => InboxManagerSettings.From(config),
        config => ClientSettings.From(config),
        config => StuckLockSettings.From(config),
    ];

    private static ConfigProblem? UnknownOverride(string setting)
    {
        var separator = setting.IndexOf('=');
        if (separator <= 0) return null;  // ConfigFactory.Load has refused it already
        var written = setting[..separator].Trim();
        var origin = new ConfigOrigin($"-D {setting}", 1, 1);
        var elements = SplitPath(written);
        var path = Render(elements);
        var known = KnownPaths();
        if (known.Contains(path, StringComparer.Ordinal)) return null;
        if (OpenSections.Any(open => path.StartsWith(open + ".", StringComparison.Ordinal) || path == open)) return null;
        var nearest = known.OrderBy(candidate => EditDistance(candidate, path)).ThenBy(candidate => candidate, StringComparer.Ordinal).Take(3);
        return new ConfigProblem(origin, path, "an unknown setting", $"a setting of reference.conf; the nearest are {string.Join(", ", nearest)}");
    }

    private static List<string> SplitPath(string expression)
    {
        var elements = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in expression)
        {
            if (c == '"') quoted = !quoted;
            else if (c == '.' && !quoted)
            {
                elements.Add(current.ToString());
                current.Clear();
            }
            else current.Append(c);
        }

        elements.Add(current.ToString());
        return elements;
    }

    private static IEnumerable<IReadOnlyList<string>> Expand(HoconObject root, string[] pattern, int index = 0, IReadOnlyList<string>? prefix = null)
    {
        prefix ??= [];
        if (index == pattern.Length)
        {
            yield return prefix;
            yield break;
        }

        if (pattern[index] != "*")
        {
            foreach (var path in Expand(root, pattern, index + 1, [.. prefix, pattern[index]])) yield return path;
            yield break;
        }

        if (Descend(root, prefix) is not HoconObject map) yield break;
        foreach (var key in map.Fields.Keys)
        {
            foreach (var path in Expand(root, pattern, index + 1, [.. prefix, key])) yield return path;
        }
    }

    private static HoconValue? Descend(HoconValue value, IReadOnlyList<string> path)
    {
        HoconValue? current = value;
        foreach (var key in path)
        {
            if (current is not HoconObject obj || !obj.TryGetField(key, out current)) return null;
        }

        return current;
    }

    private static string Describe(HoconValue value) => value switch
    {
        HoconScalar scalar => $"'{scalar.Text}'",
        HoconArray => "an array",
        HoconObject => "an object",
        _ => value.Describe(),
    };

    private static string[] Split(string path) => path.Split('.');

    private static Rule Text(string path, bool nonEmpty = false)
    {
        var expected = nonEmpty ? "a non-empty string" : "a string";
        return new Rule(Split(path), expected, (config, at) =>
        {
            var text = config.GetString(at);
            return nonEmpty && string.IsNullOrWhiteSpace(text) ? expected : null;
        }) { HasRange = nonEmpty };
    }

    private static Rule SeedNodes(string path)
    {
        const string expected = "host:port members separated by commas, at least one";
        return new Rule(Split(path), expected, (config, at) =>
        {
            var seeds = ClusterSettings.SeedList(config.GetString(at));
            if (seeds.Count == 0) return expected;
            return seeds.Select(ClusterSettings.SeedProblem).FirstOrDefault(p => p is not null) is { } problem ? $"{expected} ({problem})" : null;
        }) { HasRange = true };
    }

    private static Rule TextList(string path) =>
        new(Split(path), "a list of non-empty strings", (config, at) =>
            config.GetStringList(at).Any(string.IsNullOrWhiteSpace) ? "a list of non-empty strings" : null) { HasRange = true };

    private static Rule Int(string path, int min, int max = int.MaxValue)
    {
        var expected = max == int.MaxValue
            ? (min == 0 ? "a whole number, 0 or more" : $"a whole number, {min} or more")
            : $"a whole number from {min} to {max}";
        return new Rule(Split(path), expected, (config, at) =>
        {
            var value = config.GetLong(at);
            return value < min || value > max ? expected : null;
        }) { HasRange = true };
    }

    private static Rule Size(string path)
    {
        const string expected = "a size above zero such as 512 KiB, 100 MiB or 1 GiB";
        return new Rule(Split(path), expected, (config, at) => config.GetBytes(at) <= 0 ? expected : null) { HasRange = true };
    }

    private static Rule Duration(string path, bool positive)
    {
        var expected = positive ? "a duration above zero such as 500ms, 5s, 5m or 2h" : "a duration, 0 or more, such as 0s, 500ms, 5s or 5m";
        return new Rule(Split(path), expected, (config, at) =>
        {
            var span = config.GetTimeSpan(at);
            return span < TimeSpan.Zero || (positive && span == TimeSpan.Zero) ? expected : null;
        }) { HasRange = true };
    }

    private static Rule WholeSeconds(string path)
    {
        const string expected = "a duration in whole seconds, 0 or more, such as 0s, 30s, 5m or 1h";
        return new Rule(Split(path), expected, (config, at) =>
        {
            var span = config.GetTimeSpan(at);
            return span < TimeSpan.Zero || span.Ticks % TimeSpan.TicksPerSecond != 0 ? expected : null;
        }) { HasRange = true };
    }

    private static Rule Bool(string path) =>
        new(Split(path), "a boolean: on, off, true, false, yes or no", (config, at) =>
        {
            config.GetBoolean(at);
            return null;
        });

    /// <summary>Akka reads booleans itself and knows true/false and on/off only.</summary>
    private static Rule AkkaBool(string path) =>
        new(Split(path), "a boolean Akka reads: on, off, true or false", (config, at) =>
            config.GetString(at).Trim().ToLowerInvariant() is "on" or "off" or "true" or "false" ? null : "a boolean Akka reads: on, off, true or false");

    private static Rule ForcedDisconnect(string path) =>
        new(Split(path), "on, off, 0 (off) or any other number (on)", (config, at) =>
            SiteSettingValues.TryParseUseForcedDisconnect(config.GetString(at), out _, out _) ? null : "on, off, 0 (off) or any other number (on)")
        { Allowed = ["on", "off"], HasRange = true };

    /// <summary>One of <paramref name="allowed"/> (case-insensitive); <paramref name="aliases"/> are also accepted but not advertised.</summary>
    private static Rule Words(string path, IReadOnlyList<string> allowed, IReadOnlyList<string>? aliases = null)
    {
        var expected = $"one of {string.Join(", ", allowed)}";
        return new Rule(Split(path), expected, (config, at) =>
        {
            var word = config.GetString(at).Trim();
            return allowed.Concat(aliases ?? []).Any(candidate => string.Equals(candidate, word, StringComparison.OrdinalIgnoreCase)) ? null : expected;
        }) { Allowed = allowed, HasRange = true };
    }

    /// <summary>The lines to print: one problem a line.</summary>
    public static string Render(IReadOnlyList<ConfigProblem> problems) =>
        string.Join(Environment.NewLine, problems.Select(problem => problem.ToString()));
}
