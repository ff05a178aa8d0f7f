namespace ActorDistribution.Distribution.Jobs;

/// <summary>Asks a job for its <see cref="JobDefinition"/> (a Rejected if there is no such job).</summary>
public sealed record GetJobDefinition
{
    public static readonly GetJobDefinition Instance = new();
}
