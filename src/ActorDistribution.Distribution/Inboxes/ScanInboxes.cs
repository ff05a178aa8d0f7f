namespace ActorDistribution.Distribution.Inboxes;

/// <summary>Compare the site inboxes with the CAP inboxes now rather than at the next scan interval.</summary>
public sealed record ScanInboxes(DateTimeOffset At) : InboxManagerCommand(At);
