namespace ActorDistribution.Distribution.Despooler;

/// <summary>Time to perform again a step whose effect threw.</summary>
internal sealed record RetryStep
{
    public static readonly RetryStep Instance = new();
}
