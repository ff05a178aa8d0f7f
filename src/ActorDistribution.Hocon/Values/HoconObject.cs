namespace ActorDistribution.Hocon;

/// <summary>An object with fields in the order they were first defined (rendering keeps the author's order).</summary>
public sealed class HoconObject : HoconValue
{
    private readonly OrderedDictionary<string, HoconValue> fields = new(StringComparer.Ordinal);

    internal HoconObject(ConfigOrigin origin)
        : base(origin)
    {
    }

    public IReadOnlyDictionary<string, HoconValue> Fields => fields;

    public override string Describe() => "object";

    public bool TryGetField(string key, out HoconValue value) => fields.TryGetValue(key, out value!);

    /// <summary>Defines a field; a repeated key merges with the earlier value as HOCON's duplicate-key rule says.</summary>
    internal void Define(string key, HoconValue value) =>
        fields[key] = fields.TryGetValue(key, out var earlier) ? ValueMerger.Merge(earlier, value) : value;

    /// <summary>Sets a field without merging (used when building resolved objects).</summary>
    internal void Put(string key, HoconValue value) => fields[key] = value;
}
