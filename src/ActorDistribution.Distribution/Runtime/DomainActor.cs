using ActorDistribution.Distribution.Requests;
using ActorDistribution.Runtime.Time;
using Akka.Actor;
using Akka.Event;
using Akka.Persistence;
using Akka.Persistence.Journal;

namespace ActorDistribution.Distribution.Runtime;

/// <summary>
/// The base of every persistent domain actor: each event goes to the journal tagged with the entity's kind
/// (the persistence id's prefix, e.g. <c>kind:pkgdir</c>) and whatever the actor adds (its site), so queries
/// and the console find events by site and kind. The handlers see the event itself, never the tag wrapper.
/// An entity that says when it <see cref="IsIdle"/> asks its region to stop it after <c>distribution.entities.passivate-after</c>
/// without a message (<see cref="Passivate"/>); one that says what its <see cref="Snapshot"/> is saves it every
/// <c>distribution.entities.snapshot-every</c> events, so its recovery replays at most that many.
/// </summary>
public abstract class DomainActor : TrackedPersistentActor
{
    private EntitySettings? _entitySettings;

    protected DomainActor()
    {
        Command<ReceiveTimeout>(_ =>
        {
            if (IsIdle) Context.Parent.Tell(new Passivate(StopEntity.Instance), Self);
        });
        Command<StopEntity>(_ => Context.Stop(Self));
        Command<SaveSnapshotSuccess>(saved => DeleteSnapshots(new SnapshotSelectionCriteria(saved.Metadata.SequenceNr - 1)));
        Command<SaveSnapshotFailure>(failed => Context.GetLogger()
            .Warning("{0}: snapshot at #{1} failed; recovery replays more events until the next one: {2}", PersistenceId, failed.Metadata.SequenceNr, failed.Cause.Message));
        Command<DeleteSnapshotsSuccess>(_ => { });
        Command<DeleteSnapshotsFailure>(_ => { });
    }

    protected EntitySettings EntitySettings => _entitySettings ??= EntitySettings.From(DistributionRuntime.Get(Context.System).Config);

    /// <summary>True for an entity of a region that stops when idle; the others (gateways, catalogs) never do.</summary>
    protected virtual bool Passivates => false;

    /// <summary>Nothing due and nothing pending: the entity may stop now and be recovered on its next message.</summary>
    protected virtual bool IsIdle => false;

    /// <summary>The state to save as a snapshot (a journal event type with a manifest), or null for an entity that takes none.</summary>
    protected virtual object? Snapshot() => null;

    protected override void PreStart()
    {
        base.PreStart();
        if (Passivates && EntitySettings.PassivateAfter > TimeSpan.Zero) Context.SetReceiveTimeout(EntitySettings.PassivateAfter);
    }

    /// <summary>Call after an event was applied: saves a snapshot when the sequence number reached the next multiple of snapshot-every.</summary>
    protected void SnapshotIfDue()
    {
        var every = EntitySettings.SnapshotEvery;
        if (every > 0 && LastSequenceNr % every == 0 && Snapshot() is { } snapshot) SaveSnapshot(snapshot);
    }

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
