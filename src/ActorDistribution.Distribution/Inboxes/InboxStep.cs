namespace ActorDistribution.Distribution.Inboxes;

/// <summary>
/// The share-host effect an inbox actor owes at <see cref="DueAt"/>. The actor performs it as the
/// service account and feeds the matching result command back.
/// </summary>
public abstract record InboxStep(DateTimeOffset DueAt);
