using ActorDistribution.Distribution.Requests;
using ActorDistribution.Runtime.Time;
using Akka.Persistence.Journal;

namespace ActorDistribution.Distribution.Runtime;

/// <summary>
/// The base of every persistent domain actor: each event goes to the journal tagged with the entity's kind
/// (the persistence id's prefix, e.g. <c>kind:pkgdir</c>) and whatever the actor adds (its site), so queries
/// and the console find events by site and kind. The handlers see the event itself, never the tag wrapper.
/// </summary>
public abstract class DomainActor : TrackedPersistentActor
{
    /// <summary>A command this entity cannot carry out (failed recovery, lost write) is answered like any refused request.</summary>
    protected override object Refusal(string cause) => new Rejected(cause);

    protected override bool IsRefusal(object message) => message is Rejected || base.IsRefusal(message);

    /// <summary>Tags beyond the kind, e.g. <c>site:CH2</c>.</summary>
    protected virtual IReadOnlyList<string> TagsFor(object @event) => [];

    protected new void Persist<TEvent>(TEvent @event, Action<TEvent> handler) where TEvent : notnull
        => base.Persist<object>(Tag(@event), _ => handler(@event));

    protected new void PersistAll<TEvent>(IEnumerable<TEvent> events, Action<TEvent> handler) where TEvent : notnull
    {
        var written = events.ToList();
        var next = 0;
        // Handlers run in write order, one per event: the index pairs each with its own event.
        base.PersistAll(written.Select(e => Tag(e)), _ => handler(written[next++]));
    }

    private object Tag(object @event)
    {
        var slash = PersistenceId.IndexOf('/');
        var kind = slash > 0 ? PersistenceId[..slash] : PersistenceId;
        return new Tagged(@event, TagsFor(@event).Prepend($"kind:{kind}"));
    }
}
