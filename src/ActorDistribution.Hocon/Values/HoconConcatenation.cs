namespace ActorDistribution.Hocon;

/// <summary>Values written side by side on one line; joined once substitutions are known.</summary>
internal sealed class HoconConcatenation : HoconValue
{
    internal HoconConcatenation(ConfigOrigin origin, IReadOnlyList<HoconValue> parts)
        : base(origin) => Parts = parts;

    public IReadOnlyList<HoconValue> Parts { get; }

    public override string Describe() => "concatenation";
}
