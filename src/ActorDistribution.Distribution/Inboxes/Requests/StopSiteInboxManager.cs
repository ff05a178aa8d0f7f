namespace ActorDistribution.Distribution.Inboxes.Requests;

/// <summary><c>component stop inbox-manager --site CODE</c>: updates under way end first (status Stopping meanwhile). Answers <see cref="InboxManagerReport"/>.</summary>
public sealed record StopSiteInboxManager(string Site);
