namespace ActorDistribution.Distribution.Jobs;

/// <summary>A target site of a job and the servers of that site it reaches.</summary>
public sealed record JobTarget(string Site, IReadOnlyList<string> Servers);
