namespace ActorDistribution.Distribution.Clients;

/// <summary>One CAP a client tried to reach, and whether it could.</summary>
public sealed record CapProbe(string Cap, bool Accessible);
