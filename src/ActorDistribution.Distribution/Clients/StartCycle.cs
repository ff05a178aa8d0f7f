namespace ActorDistribution.Distribution.Clients;

/// <summary>At <paramref name="DueAt"/>, send yourself <see cref="BeginCycle"/>.</summary>
public sealed record StartCycle(DateTimeOffset DueAt) : ClientStep(DueAt);
