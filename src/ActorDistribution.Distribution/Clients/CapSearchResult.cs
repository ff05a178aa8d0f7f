namespace ActorDistribution.Distribution.Clients;

/// <summary>Result of <see cref="FindCap"/>: the first reachable CAP of the site, or null, and every CAP tried.</summary>
public sealed record CapSearchResult(DateTimeOffset At, string? Cap, IReadOnlyList<CapProbe> Probes) : ClientCommand(At);
