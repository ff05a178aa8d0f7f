namespace ActorDistribution.Hocon;

/// <summary>HOCON's rule for a key defined twice: objects merge, anything else replaces.</summary>
internal static class ValueMerger
{
    public static HoconValue Merge(HoconValue earlier, HoconValue later)
    {
        if (later is HoconObject laterObject && earlier is HoconObject earlierObject)
        {
            return MergeObjects(earlierObject, laterObject);
        }

        if (IsUnresolved(later) || (later is HoconObject && IsUnresolved(earlier)))
        {
            return Stack(earlier, later);
        }

        // A scalar, array or null replaces; a null in between is how a merge is stopped. An object
        // replacing one is marked so that a fallback merged under it later (reference.conf, WithFallback) stays hidden too.
        return later is HoconObject replacing ? replacing.IgnoringFallbacks() : later;
    }

    public static HoconObject MergeObjects(HoconObject fallback, HoconObject over)
    {
        if (over.IgnoresFallbacks)
        {
            return over;
        }

        // Merging over an object that hides what lay under it keeps hiding it.
        var merged = new HoconObject(over.Origin) { IgnoresFallbacks = fallback.IgnoresFallbacks };
        foreach (var (key, value) in fallback.Fields)
        {
            merged.Put(key, value);
        }

        foreach (var (key, value) in over.Fields)
        {
            merged.Define(key, value);
        }

        return merged;
    }

    public static bool IsUnresolved(HoconValue value) =>
        value is HoconSubstitution or HoconConcatenation or HoconMergeStack;

    private static HoconMergeStack Stack(HoconValue earlier, HoconValue later)
    {
        var layers = earlier is HoconMergeStack stack ? stack.Layers.ToList() : [earlier];
        layers.Add(later);
        return new HoconMergeStack(layers);
    }
}
