namespace ActorDistribution.Distribution.Inboxes;

public sealed record StopInboxManager(DateTimeOffset At) : InboxManagerCommand(At);
