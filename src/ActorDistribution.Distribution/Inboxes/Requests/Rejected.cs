namespace ActorDistribution.Distribution.Inboxes.Requests;

/// <summary>The request was not carried out: what was wrong and what is allowed.</summary>
public sealed record Rejected(string Reason);
