namespace ActorDistribution.Runtime.Serialization;

/// <summary>
/// Marker for everything written to the journal or snapshot store (events and snapshots alike).
/// Akka binds this interface to <see cref="EventSerializer"/>; a type without it would silently fall
/// through to Akka's default JSON serializer, stored under its CLR type name.
/// </summary>
public interface IJournalEvent;
