namespace ActorDistribution.Distribution.Clients;

/// <summary>Connect to the CAPs of the site in turn until one accepts; answer <see cref="CapSearchResult"/>.</summary>
public sealed record FindCap(DateTimeOffset DueAt, string Site) : ClientStep(DueAt);
