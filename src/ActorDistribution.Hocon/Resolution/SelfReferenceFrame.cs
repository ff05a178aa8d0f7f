namespace ActorDistribution.Hocon;

/// <summary>
/// While a definition of Path is resolved, a substitution of Path (or below it) means the value
/// Path had before this definition; Previous computes that value once, on demand.
/// </summary>
internal sealed class SelfReferenceFrame
{
    private readonly Lazy<HoconValue?> previous;

    public SelfReferenceFrame(IReadOnlyList<string> path, Func<HoconValue?> previous, SelfReferenceFrame? parent)
    {
        Path = path;
        this.previous = new Lazy<HoconValue?>(previous, LazyThreadSafetyMode.None);
        Parent = parent;
    }

    public IReadOnlyList<string> Path { get; }

    public SelfReferenceFrame? Parent { get; }

    public HoconValue? Previous => previous.Value;

    /// <summary>The frame for field key of this frame's (detached) object: its previous value is the previous object's field.</summary>
    public SelfReferenceFrame Child(string key) =>
        new([.. Path, key], () => Resolver.Descend(Previous, [key]), this);
}
