namespace ActorDistribution.Distribution.Requests;

/// <summary>Every job, oldest first.</summary>
public sealed record JobList(IReadOnlyList<JobView> Jobs);
