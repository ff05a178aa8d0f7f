namespace ActorDistribution.Distribution.Inboxes.Requests;

/// <summary><c>component start inbox-manager --site CODE</c>: it scans at once (clearing left locks) and the stuck-lock supervisor starts watching. Answers <see cref="InboxManagerReport"/>.</summary>
public sealed record StartSiteInboxManager(string Site);
