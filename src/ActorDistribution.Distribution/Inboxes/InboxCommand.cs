namespace ActorDistribution.Distribution.Inboxes;

/// <summary>Something asked of, or reported to, one CAP inbox; <see cref="At"/> is the actor's clock when it arrived.</summary>
public abstract record InboxCommand(DateTimeOffset At);
