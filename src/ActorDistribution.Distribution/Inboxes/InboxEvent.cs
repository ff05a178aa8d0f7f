using ActorDistribution.Runtime.Serialization;
namespace ActorDistribution.Distribution.Inboxes;

/// <summary>A fact in the journal of one CAP inbox.</summary>
public abstract record InboxEvent(DateTimeOffset At) : IJournalEvent;
