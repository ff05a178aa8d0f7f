namespace ActorDistribution.Distribution.Despooler;

/// <summary><c>distribution.despooler.polling-interval</c>: how often the despooler polls, per response mode.</summary>
public sealed record PollingIntervals(TimeSpan VeryFast, TimeSpan Fast, TimeSpan Medium, TimeSpan Slow);
