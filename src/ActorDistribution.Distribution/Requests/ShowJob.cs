namespace ActorDistribution.Distribution.Requests;

/// <summary><c>job show &lt;id&gt;</c>; answers <see cref="JobView"/>.</summary>
public sealed record ShowJob(string Id);
