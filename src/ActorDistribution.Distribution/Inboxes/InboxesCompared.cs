namespace ActorDistribution.Distribution.Inboxes;

/// <summary>Result of <see cref="CompareInboxes"/>.</summary>
public sealed record InboxesCompared(DateTimeOffset At, IReadOnlyList<InboxChange> Changes) : InboxManagerCommand(At);
