using ActorDistribution.Distribution.Requests;

namespace ActorDistribution.Distribution.Inboxes.Requests;

/// <summary><c>inbox status [--cap NAME]</c>: every CAP inbox, or those of one CAP. Answers <see cref="InboxStatusRows"/> or <see cref="Rejected"/>.</summary>
public sealed record GetInboxStatus(string? Cap = null);
