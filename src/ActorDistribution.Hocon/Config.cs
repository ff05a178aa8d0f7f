namespace ActorDistribution.Hocon;

/// <summary>
/// A resolved configuration. Paths are HOCON path expressions (<c>a.b</c>, <c>a."b.c"</c>);
/// a missing or mistyped setting is a <see cref="HoconException"/> naming the setting and where it was written.
/// </summary>
public sealed class Config
{
    private readonly IReadOnlyList<string> location;

    internal Config(HoconObject root, IReadOnlyList<string>? location = null)
    {
        Root = root;
        this.location = location ?? [];
    }

    public static Config Empty { get; } = new(new HoconObject(new ConfigOrigin("empty", 1, 1)));

    public HoconObject Root { get; }

    /// <summary>Where this configuration sits in the one it came from (empty for a whole configuration).</summary>
    public string Location => ConfigPath.Render(location);

    /// <summary>True when the path holds a value other than null.</summary>
    public bool HasPath(string path) =>
        Resolver.Descend(Root, ConfigPath.Parse(path)) is { } value && value is not HoconScalar { Kind: ScalarKind.Null };

    public HoconValue GetValue(string path)
    {
        var elements = ConfigPath.Parse(path);
        return Resolver.Descend(Root, elements) is { } value && value is not HoconScalar { Kind: ScalarKind.Null }
            ? value
            : throw new HoconException(null, $"missing setting '{FullPath(path)}': expected it in the configuration (reference.conf defines every setting of the product)");
    }

    public string GetString(string path) => ValueConverter.ToText(GetValue(path), FullPath(path));

    public int GetInt(string path) => ValueConverter.ToInt(GetValue(path), FullPath(path));

    public long GetLong(string path) => ValueConverter.ToLong(GetValue(path), FullPath(path));

    public double GetDouble(string path) => ValueConverter.ToDouble(GetValue(path), FullPath(path));

    /// <summary>true/false, yes/no and on/off are all booleans.</summary>
    public bool GetBoolean(string path) => ValueConverter.ToBoolean(GetValue(path), FullPath(path));

    /// <summary>A duration; a bare number is milliseconds.</summary>
    public TimeSpan GetTimeSpan(string path) => ValueConverter.ToTimeSpan(GetValue(path), FullPath(path));

    /// <summary>A size in bytes; a bare number is bytes.</summary>
    public long GetBytes(string path) => ValueConverter.ToBytes(GetValue(path), FullPath(path));

    public IReadOnlyList<HoconValue> GetList(string path) => ValueConverter.ToList(GetValue(path), FullPath(path));

    public IReadOnlyList<string> GetStringList(string path) =>
        GetList(path).Select((item, index) => ValueConverter.ToText(item, $"{FullPath(path)}[{index}]")).ToList();

    public Config GetConfig(string path) => GetValue(path) is HoconObject obj
        ? new Config(obj, [.. location, .. ConfigPath.Parse(path)])
        : throw ValueConverter.Mismatch(GetValue(path), FullPath(path), "an object");

    /// <summary>This configuration over another: objects merge, this one's values win.</summary>
    public Config WithFallback(Config fallback) => new(ValueMerger.MergeObjects(fallback.Root, Root), location);

    /// <summary>Binds this section to a record through its constructor (<see cref="ConfigBinder"/>).</summary>
    public T Bind<T>() => ConfigBinder.Bind<T>(this);

    public string ToJson() => Root.ToJson();

    internal string FullPath(string path) => location.Count == 0 ? path : $"{Location}.{path}";
}
