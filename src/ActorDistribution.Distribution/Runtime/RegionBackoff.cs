namespace ActorDistribution.Distribution.Runtime;

/// <summary>Restart delays of entities that stopped (e.g. on a failed write): min·2ⁿ up to max, stretched by the random factor.</summary>
public sealed record RegionBackoff(TimeSpan Min, TimeSpan Max, double RandomFactor)
{
    public static readonly RegionBackoff Default = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), 0.2);
}
