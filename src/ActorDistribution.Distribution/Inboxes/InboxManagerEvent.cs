using ActorDistribution.Runtime.Serialization;
namespace ActorDistribution.Distribution.Inboxes;

/// <summary>A fact in the journal of a site's inbox manager.</summary>
public abstract record InboxManagerEvent(DateTimeOffset At) : IJournalEvent;
