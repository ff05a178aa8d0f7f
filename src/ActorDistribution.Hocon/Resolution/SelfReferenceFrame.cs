namespace ActorDistribution.Hocon;

/// <summary>
/// While a definition of Path is resolved, a substitution of Path (or below it) means the value
/// Path had before this definition; Previous computes that value once, on demand.
/// </summary>
internal sealed class SelfReferenceFrame
{
    private readonly Lazy<HoconValue?> previous;

    public SelfReferenceFrame(IReadOnlyList<string> path, Func<HoconValue?> previous, SelfReferenceFrame? parent, bool allowsSelfReference = true)
    {
        Path = path;
        this.previous = new Lazy<HoconValue?>(previous, LazyThreadSafetyMode.None);
        Parent = parent;
        AllowsSelfReference = allowsSelfReference;
    }

    /// <summary>
    /// False inside an array: the spec does not count a substitution inside an array as self-referential,
    /// so <c>a = [${a}]</c> looks a up as usual (and is a cycle) instead of reading a's earlier value.
    /// </summary>
    public bool AllowsSelfReference { get; }

    public IReadOnlyList<string> Path { get; }

    public SelfReferenceFrame? Parent { get; }

    public HoconValue? Previous => previous.Value;

    /// <summary>The frame for field key of this frame's (detached) object: its previous value is the previous object's field.</summary>
    public SelfReferenceFrame Child(string key) =>
        new([.. Path, key], () => Resolver.Descend(Previous, [key]), this, AllowsSelfReference);

    /// <summary>The frame for the elements of an array written at this frame's path.</summary>
    public SelfReferenceFrame InsideArray() => new(Path, () => null, this, allowsSelfReference: false);
}
