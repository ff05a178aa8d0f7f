namespace ActorDistribution.Distribution.Jobs;

/// <summary>Creates the job with this definition (once; repeated, it answers the existing definition) and answers the <see cref="JobDefinition"/>.</summary>
public sealed record OpenJob(JobDefinition Definition);

/// <summary>Asks a job for its <see cref="JobDefinition"/> (a Rejected if there is no such job).</summary>
public sealed record GetJobDefinition
{
    public static readonly GetJobDefinition Instance = new();
}
