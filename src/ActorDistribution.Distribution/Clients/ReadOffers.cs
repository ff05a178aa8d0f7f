namespace ActorDistribution.Distribution.Clients;

/// <summary>List the offer inbox and the component inbox on the CAP (opening nothing); answer <see cref="OffersRead"/>.</summary>
public sealed record ReadOffers(DateTimeOffset DueAt, string Cap, string OfferInbox, string ComponentInbox) : ClientStep(DueAt);
