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

        // A scalar, array or null replaces; a null in between is how a merge is stopped.
        return later;
    }

    public static HoconObject MergeObjects(HoconObject fallback, HoconObject over)
    {
        var merged = new HoconObject(over.Origin);
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
