using ActorDistribution.Distribution.Inboxes.Requests;

namespace ActorDistribution.Distribution.Caps;

public sealed record CapInboxRows(string Cap, IReadOnlyList<InboxStatusRow> Rows);
