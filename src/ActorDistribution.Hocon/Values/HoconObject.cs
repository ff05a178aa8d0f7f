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

    /// <summary>
    /// True when this object replaced a scalar, array or null: the spec merges two values at a time,
    /// so whatever lay under that non-object stays hidden, even when this object later gets a fallback
    /// (<c>a = null</c> then <c>a { y = 2 }</c> over a reference.conf that sets <c>a.x</c> keeps only y).
    /// </summary>
    internal bool IgnoresFallbacks { get; init; }

    /// <summary>A copy of this object marked to ignore fallbacks (copied: resolved objects may be shared).</summary>
    internal HoconObject IgnoringFallbacks()
    {
        if (IgnoresFallbacks)
        {
            return this;
        }

        var copy = new HoconObject(Origin) { IgnoresFallbacks = true };
        foreach (var (key, value) in fields)
        {
            copy.Put(key, value);
        }

        return copy;
    }

    /// <summary>Sets a field without merging (used when building resolved objects).</summary>
    internal void Put(string key, HoconValue value) => fields[key] = value;
}
