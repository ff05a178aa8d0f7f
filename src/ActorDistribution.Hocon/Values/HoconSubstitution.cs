namespace ActorDistribution.Hocon;

/// <summary>An unresolved <c>${path}</c> or <c>${?path}</c>.</summary>
internal sealed class HoconSubstitution : HoconValue
{
    internal HoconSubstitution(ConfigOrigin origin, IReadOnlyList<string> path, bool optional, IReadOnlyList<string> includePrefix)
        : base(origin)
    {
        Path = path;
        Optional = optional;
        IncludePrefix = includePrefix;
    }

    public IReadOnlyList<string> Path { get; }

    public bool Optional { get; }

    /// <summary>Where the file holding it was included; the path is tried under it first, then from the root.</summary>
    public IReadOnlyList<string> IncludePrefix { get; }

    public override string Describe() => $"substitution {Expression}";

    public string Expression => $"${{{(Optional ? "?" : "")}{ConfigPath.Render(Path)}}}";
}
