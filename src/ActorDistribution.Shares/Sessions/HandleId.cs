namespace ActorDistribution.Shares;

/// <summary>Identifies one open handle, unique within a share host for its lifetime.</summary>
public readonly record struct HandleId(long Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
