namespace ActorDistribution.Runtime.Serialization;

/// <summary>
/// A journal row the <see cref="EventSerializer"/> could not turn back into an event (unknown manifest, JSON that
/// no longer fits its type). Returned instead of thrown so the replay delivers it with its sequence number: the
/// recovering actor then fails loudly naming its persistence id and that number (see TrackedPersistentActor).
/// Never persisted.
/// </summary>
public sealed record UndecodableEvent(string Manifest, byte[] Payload, string Reason);
