namespace ActorDistribution.Hocon;

public sealed class HoconArray : HoconValue
{
    internal HoconArray(ConfigOrigin origin, IReadOnlyList<HoconValue> items)
        : base(origin) => Items = items;

    public IReadOnlyList<HoconValue> Items { get; }

    public override string Describe() => "array";
}
