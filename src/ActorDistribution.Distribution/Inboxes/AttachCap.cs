namespace ActorDistribution.Distribution.Inboxes;

/// <summary>A CAP joins the site: the manager replicates the site inboxes to it from its next scan. Idempotent.</summary>
public sealed record AttachCap(DateTimeOffset At, string Cap) : InboxManagerCommand(At);
