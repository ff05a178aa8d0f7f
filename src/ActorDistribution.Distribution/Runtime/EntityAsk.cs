namespace ActorDistribution.Distribution.Runtime;

/// <summary>How long one domain actor waits for another's answer (on the system clock).</summary>
public static class EntityAsk
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
}
