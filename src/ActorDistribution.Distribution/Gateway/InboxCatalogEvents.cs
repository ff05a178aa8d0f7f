using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Gateway;

/// <summary>
/// A name entered in (or taken out of) the inbox side's catalog (<c>catalog/inboxes</c>): which CAPs and clients exist, so the
/// read verbs list them from the journal and not from whichever entities happen to be awake.
/// </summary>
public abstract record InboxCatalogEvent(DateTimeOffset At) : IJournalEvent;

[EventManifest("catalog.inbox-cap-added.v1")]
public sealed record CatalogCapAdded(DateTimeOffset At, string Name, string Site) : InboxCatalogEvent(At);

[EventManifest("catalog.inbox-cap-removed.v1")]
public sealed record CatalogCapRemoved(DateTimeOffset At, string Name) : InboxCatalogEvent(At);

[EventManifest("catalog.inbox-client-added.v1")]
public sealed record CatalogClientAdded(DateTimeOffset At, string Name, string Site) : InboxCatalogEvent(At);

[EventManifest("catalog.inbox-client-removed.v1")]
public sealed record CatalogClientRemoved(DateTimeOffset At, string Name) : InboxCatalogEvent(At);

/// <summary>
/// Written once when the catalog starts empty on a journal that already holds CAPs or clients (from before the catalog
/// existed): their names, taken from the journal's persistence ids, so nothing added earlier is forgotten.
/// </summary>
[EventManifest("catalog.inbox-seeded-from-journal.v1")]
public sealed record InboxCatalogSeeded(DateTimeOffset At, IReadOnlyList<string> Caps, IReadOnlyList<string> Clients) : InboxCatalogEvent(At);
