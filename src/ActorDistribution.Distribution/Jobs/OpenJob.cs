namespace ActorDistribution.Distribution.Jobs;

/// <summary>Creates the job with this definition (once; repeated, it answers the existing definition) and answers the <see cref="JobDefinition"/>.</summary>
public sealed record OpenJob(JobDefinition Definition);
