using ActorDistribution.Actors;
using ActorDistribution.Persistence.Actor;
using ActorDistribution.Persistence.Tests.Events;

namespace ActorDistribution.Persistence.Tests.Actor;

/// <summary>A persistent actor for the specs: items added by command, state rebuilt by replay.</summary>
public sealed class Basket : ReceivePersistentActor
{
    private readonly IActorRef _probe;
    private readonly List<string> _items = [];

    public Basket(string id, IActorRef probe)
    {
        PersistenceId = "basket/" + id;
        _probe = probe;

        Recover<ItemAdded>(e => _items.Add(e.Item));
        Recover<SnapshotOffer>(offer => _items.AddRange(((BasketSnapshot)offer.Snapshot).Items));
        Recover<RecoveryCompleted>(_ => _probe.Tell($"recovered {string.Join(",", _items)} at {LastSequenceNr}", null));

        Command<Add>(add => Persist(new ItemAdded(add.Item, 1), e =>
        {
            _items.Add(e.Item);
            Sender.Tell($"added {e.Item} at {LastSequenceNr}", Self);
        }));
        Command<AddTwo>(add => PersistAll([new ItemAdded(add.First, 1), new ItemAdded(add.Second, 1)], e => _items.Add(e.Item)));
        Command<AddUnserializable>(_ => Persist(new EventWithoutManifest("x"), _ => _items.Add("never")));
        Command<AddThenDefer>(add =>
        {
            Persist(new ItemAdded(add.Item, 1), e => _items.Add(e.Item));
            DeferAsync("deferred", _ => Sender.Tell($"deferred after {string.Join(",", _items)}", Self));
        });
        Command<string>(s => s == "items", _ => Sender.Tell(string.Join(",", _items), Self));
        Command<string>(s => s == "seq", _ => Sender.Tell(LastSequenceNr, Self));
        Command<string>(s => s == "snapshot", _ => SaveSnapshot(new BasketSnapshot([.. _items])));
        Command<string>(s => s == "bad-snapshot", _ => SaveSnapshot(new EventWithoutManifest("no manifest")));
        Command<SaveSnapshotFailure>(f => _probe.Tell($"snapshot failed at {f.Metadata.SequenceNr}", null));
        Command<DeleteTo>(d => DeleteMessages(d.SequenceNr));
        Command<SaveSnapshotSuccess>(s => _probe.Tell($"snapshot at {s.Metadata.SequenceNr}", null));
        Command<DeleteMessagesSuccess>(d => _probe.Tell($"deleted to {d.ToSequenceNr}", null));
    }

    public override string PersistenceId { get; }

    public sealed record Add(string Item);

    public sealed record AddTwo(string First, string Second);

    public sealed record AddUnserializable;

    public sealed record AddThenDefer(string Item);

    public sealed record DeleteTo(long SequenceNr);
}
