using ActorDistribution.Runtime.Serialization;
namespace ActorDistribution.Distribution.Caps;

/// <summary>A fact in the journal of a site's stuck-lock supervisor: every remedy step is one.</summary>
public abstract record StuckLockEvent(DateTimeOffset At) : IJournalEvent;
