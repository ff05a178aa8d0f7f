namespace ActorDistribution.Distribution.Requests;

/// <summary>The answer to a request that could not be done: what was wrong and what is allowed.</summary>
public sealed record Rejected(string Reason)
{
    public override string ToString() => Reason;
}
