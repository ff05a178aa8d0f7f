using ActorDistribution.Distribution.Requests;

namespace ActorDistribution.Distribution.Inboxes.Requests;

/// <summary>Compare the site inboxes with the CAPs now. Answers <see cref="InboxManagerReport"/>, or <see cref="Rejected"/> when the manager is not running.</summary>
public sealed record ScanSiteInboxes(string Site);
