namespace ActorDistribution.Distribution.Inboxes.Requests;

/// <summary>The CAP inboxes, ordered by CAP then inbox.</summary>
public sealed record InboxStatusRows(IReadOnlyList<InboxStatusRow> Rows);
