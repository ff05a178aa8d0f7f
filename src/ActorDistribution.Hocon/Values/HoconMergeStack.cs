namespace ActorDistribution.Hocon;

/// <summary>
/// Successive definitions of one key that cannot merge before substitutions are resolved
/// (a later layer may refer to the earlier ones, or turn out to be an object that merges with them).
/// </summary>
internal sealed class HoconMergeStack : HoconValue
{
    internal HoconMergeStack(IReadOnlyList<HoconValue> layers)
        : base(layers[^1].Origin) => Layers = layers;

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<HoconValue> Layers { get; }

    public override string Describe() => "merged value";
}
