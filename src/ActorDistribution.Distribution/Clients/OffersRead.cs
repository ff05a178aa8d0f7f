namespace ActorDistribution.Distribution.Clients;

/// <summary>Result of <see cref="ReadOffers"/>: offer files in the offer inbox and installer files in the component inbox (lock files excluded).</summary>
public sealed record OffersRead(DateTimeOffset At, IReadOnlyList<string> Offers, IReadOnlyList<string> ComponentFiles) : ClientCommand(At);
