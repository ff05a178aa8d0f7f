namespace ActorDistribution.Shares;

/// <summary>Identifies one session, unique within a share host for its lifetime.</summary>
public readonly record struct SessionId(long Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
