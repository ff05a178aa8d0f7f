namespace ActorDistribution.Distribution.Caps;

/// <summary>A message for one inbox entity of a CAP, routed by the CAP actor to its child.</summary>
public sealed record CapInboxMessage(string Inbox, object Message);
