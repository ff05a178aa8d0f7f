namespace ActorDistribution.Hocon.Tests;

/// <summary>A record with numeric, list and duration settings, for the binder's conversion errors.</summary>
public sealed record Limits(int Count, long Total, double Ratio, TimeSpan Timeout, IReadOnlyList<int> Ports);
