using System.Collections;

namespace ActorDistribution.Hocon;

/// <summary>
/// Entry points. Load layers reference.conf (embedded) &lt;- the given file &lt;- -D overrides &lt;- CONFIG_FORCE_ environment
/// variables, merges them unresolved and resolves once, so a file's substitutions can see the defaults beneath it.
/// </summary>
public static class ConfigFactory
{
    public const string ReferenceResourceName = "reference.conf";

    /// <summary>Environment variables named CONFIG_FORCE_a_b__c override a.b-c (Lightbend's convention).</summary>
    public const string ForcePrefix = "CONFIG_FORCE_";

    /// <summary>Parses and resolves text; its includes are relative to the current directory.</summary>
    public static Config ParseString(string text, string originName = "string", IReadOnlyDictionary<string, string>? environment = null) =>
        Resolve(ParseUnresolved(text, originName, null), environment);

    public static Config ParseFile(string path, IReadOnlyDictionary<string, string>? environment = null) =>
        Resolve(ParseFileUnresolved(path), environment);

    /// <summary>The product's defaults alone.</summary>
    public static Config Reference(IReadOnlyDictionary<string, string>? environment = null) =>
        Resolve(ParseReference(), environment);

    /// <param name="file">The HOCON file layered over reference.conf, or null for the defaults alone.</param>
    /// <param name="overrides">-D style "path=value" settings; a value starting with [ or { is parsed as HOCON, anything else is a string.</param>
    /// <param name="environment">Variables for substitution fallback and CONFIG_FORCE_ overrides; null means the process environment.</param>
    public static Config Load(string? file = null, IEnumerable<string>? overrides = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        environment ??= ProcessEnvironment();
        var merged = ParseReference();
        if (file is not null)
        {
            merged = ValueMerger.MergeObjects(merged, ParseFileUnresolved(file));
        }

        foreach (var setting in overrides ?? [])
        {
            merged = ValueMerger.MergeObjects(merged, ParseOverride(setting));
        }

        merged = ValueMerger.MergeObjects(merged, ForcedFromEnvironment(environment));
        return Resolve(merged, environment);
    }

    internal static HoconObject ParseUnresolved(string text, string originName, string? file) =>
        Parser.Parse(text, originName, IncludeContext.Root(file));

    private static HoconObject ParseFileUnresolved(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new HoconException(new ConfigOrigin(path, 1, 1), $"found no file '{full}', expected an existing HOCON file");
        }

        return ParseUnresolved(File.ReadAllText(full), path, full);
    }

    private static HoconObject ParseReference()
    {
        using var stream = typeof(ConfigFactory).Assembly.GetManifestResourceStream(ReferenceResourceName)
            ?? throw new InvalidOperationException("reference.conf is not embedded in ActorDistribution.Hocon; check the csproj.");
        using var reader = new StreamReader(stream);
        return ParseUnresolved(reader.ReadToEnd(), ReferenceResourceName, null);
    }

    private static HoconObject ParseOverride(string setting)
    {
        var origin = new ConfigOrigin($"-D {setting}", 1, 1);
        var separator = setting.IndexOf('=');
        if (separator <= 0)
        {
            throw HoconException.Found(origin, $"'{setting}'", "an override written path=value, e.g. -D distribution.client.lock-retries=40");
        }

        var path = ConfigPath.Parse(setting[..separator], origin);
        var text = setting[(separator + 1)..].Trim();
        HoconValue value = text.StartsWith('[') || text.StartsWith('{')
            ? ParseUnresolved($"value = {text}", origin.File, null).Fields["value"]
            : new HoconScalar(origin, ScalarKind.String, text);
        return Nest(path, value, origin);
    }

    private static HoconObject ForcedFromEnvironment(IReadOnlyDictionary<string, string> environment)
    {
        var forced = new HoconObject(new ConfigOrigin("environment", 1, 1));
        foreach (var (name, text) in environment.Where(variable => variable.Key.StartsWith(ForcePrefix, StringComparison.Ordinal)))
        {
            var origin = new ConfigOrigin($"environment variable {name}", 1, 1);
            var path = ForcedPath(name[ForcePrefix.Length..]);
            if (path.Count > 0 && path.All(element => element.Length > 0))
            {
                forced = ValueMerger.MergeObjects(forced, Nest(path, new HoconScalar(origin, ScalarKind.String, text), origin));
            }
        }

        return forced;
    }

    /// <summary>_ separates path elements, __ is a dash and ___ an underscore.</summary>
    private static List<string> ForcedPath(string name)
    {
        var elements = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] != '_')
            {
                current.Append(name[i]);
                continue;
            }

            var run = 1;
            while (i + run < name.Length && name[i + run] == '_' && run < 3)
            {
                run++;
            }

            i += run - 1;
            switch (run)
            {
                case 1:
                    elements.Add(current.ToString());
                    current.Clear();
                    break;
                case 2:
                    current.Append('-');
                    break;
                default:
                    current.Append('_');
                    break;
            }
        }

        elements.Add(current.ToString());
        return elements;
    }

    private static HoconObject Nest(IReadOnlyList<string> path, HoconValue value, ConfigOrigin origin)
    {
        for (var i = path.Count - 1; i >= 0; i--)
        {
            var wrapper = new HoconObject(origin);
            wrapper.Define(path[i], value);
            value = wrapper;
        }

        return (HoconObject)value;
    }

    private static Config Resolve(HoconObject root, IReadOnlyDictionary<string, string>? environment) =>
        new(Resolver.Resolve(root, environment ?? ProcessEnvironment()));

    private static Dictionary<string, string> ProcessEnvironment() =>
        Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => entry.Value as string ?? "", StringComparer.Ordinal);
}
