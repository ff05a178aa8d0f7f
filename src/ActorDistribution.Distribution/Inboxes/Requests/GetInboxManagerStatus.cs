namespace ActorDistribution.Distribution.Inboxes.Requests;

/// <summary>The inbox manager component of a site. Answers <see cref="InboxManagerReport"/>.</summary>
public sealed record GetInboxManagerStatus(string Site);
