using Akka.Actor;
using Akka.Persistence;
using Akka.Persistence.Journal;

namespace ActorDistribution.Runtime.Tests.Persistence;

/// <summary>A persistent actor whose events are plain strings (Akka's default JSON serializer), each tagged.</summary>
internal sealed class Basket : ReceivePersistentActor
{
    public sealed record Add(string Item, params string[] Tags);

    public sealed record Added(long SequenceNr);

    public sealed record Get;

    private readonly List<string> _items = [];

    public Basket(string persistenceId)
    {
        PersistenceId = persistenceId;
        Recover<string>(item => _items.Add(item));
        Command<Add>(add => Persist(new Tagged(add.Item, add.Tags), _ =>
        {
            _items.Add(add.Item);
            Sender.Tell(new Added(LastSequenceNr));
        }));
        Command<Get>(_ => Sender.Tell(_items.ToArray()));
    }

    public override string PersistenceId { get; }

    public static Props Props(string persistenceId) => Akka.Actor.Props.Create(() => new Basket(persistenceId));
}
