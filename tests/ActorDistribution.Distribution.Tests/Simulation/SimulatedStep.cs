namespace ActorDistribution.Distribution.Tests.Simulation;

/// <summary>One effect due in the simulated world: when, and what performing it does.</summary>
internal sealed record SimulatedStep(string Owner, DateTimeOffset DueAt, Action Perform);
