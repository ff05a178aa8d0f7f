namespace ActorDistribution.Hocon.Tests;

public sealed record Retry(int MaxRetries, TimeSpan Delay);
