namespace ActorDistribution.Distribution.Requests;

/// <summary><c>job list</c>; answers <see cref="JobList"/>.</summary>
public sealed record ListJobs
{
    public static readonly ListJobs Instance = new();
}
