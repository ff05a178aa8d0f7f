namespace ActorDistribution.Distribution.Inboxes;

/// <summary>Something asked of, or reported to, a site's inbox manager.</summary>
public abstract record InboxManagerCommand(DateTimeOffset At);
