using ActorDistribution.Actors;
using ActorDistribution.Persistence.Actor;
using ActorDistribution.Persistence.InMemory;
using ActorDistribution.Persistence.Journal;
using ActorDistribution.Persistence.Serialization;
using ActorDistribution.Persistence.Tests.Events;

namespace ActorDistribution.Persistence.Tests.Actor;

public sealed class PersistentActorSpec : TestKit.TestKit
{
    private readonly InMemoryDatabase _database = new();
    private readonly FailingJournal _journal;

    public PersistentActorSpec()
    {
        var store = PersistenceStores.InMemory(Serializer(), Clock, _database);
        _journal = new FailingJournal(store.Journal);
        PersistenceExtension.Register(Sys, new StoreWithJournal(store, _journal));
    }

    private static EventSerializer Serializer() => TestSerializers.Current().Register<BasketSnapshot>();

    private IActorRef Basket(string id = "b1", string? name = null)
        => Sys.ActorOf(Props.Create(() => new Basket(id, TestActor)), name ?? "basket-" + id);

    private void Restart(ref IActorRef basket, string id = "b1")
    {
        Watch(basket);
        Sys.Stop(basket);
        ExpectTerminated(basket);
        basket = Sys.ActorOf(Props.Create(() => new Basket(id, TestActor)), "basket-" + id + "-again");
    }

    [Fact]
    public void RecoveryCompleted_arrives_also_for_an_empty_journal()
    {
        Basket();
        ExpectMsg("recovered  at 0");
    }

    [Fact]
    public void Persisted_events_rebuild_the_same_state_after_a_restart()
    {
        var basket = Basket();
        ExpectMsg("recovered  at 0");
        basket.Tell(new Basket.Add("apple"), TestActor);
        basket.Tell(new Basket.AddTwo("pear", "plum"), TestActor);
        basket.Tell(new Basket.Add("fig"), TestActor);
        ExpectMsg("added apple at 1");
        ExpectMsg("added fig at 4");

        Restart(ref basket);
        ExpectMsg("recovered apple,pear,plum,fig at 4");
    }

    [Fact]
    public void Commands_sent_while_a_write_is_in_flight_wait_and_keep_their_order()
    {
        var basket = Basket();
        ExpectMsg("recovered  at 0");
        basket.Tell(new Basket.Add("apple"), TestActor);
        basket.Tell("items", TestActor);  // must see the event applied by the persist handler
        ExpectMsg("added apple at 1");
        ExpectMsg("apple");
    }

    [Fact]
    public void DeferAsync_runs_after_the_events_persisted_before_it()
    {
        var basket = Basket();
        ExpectMsg("recovered  at 0");
        basket.Tell(new Basket.AddThenDefer("kiwi"), TestActor);
        ExpectMsg("deferred after kiwi");
    }

    [Fact]
    public void A_failed_write_stops_the_actor()
    {
        var basket = Basket();
        ExpectMsg("recovered  at 0");
        Watch(basket);
        _journal.FailWrites = true;
        basket.Tell(new Basket.Add("apple"), TestActor);
        ExpectTerminated(basket);
    }

    [Fact]
    public void After_a_failed_write_a_backoff_supervisor_restarts_the_actor_and_it_recovers()
    {
        var options = Actors.Supervision.Backoff.OnStop(Props.Create(() => new Basket("b1", TestActor)), "basket",
            TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30), 0);
        var supervisor = Sys.ActorOf(Actors.Supervision.BackoffSupervisor.Props(options), "supervised");
        ExpectMsg("recovered  at 0");
        supervisor.Tell(new Basket.Add("apple"), TestActor);
        ExpectMsg("added apple at 1");

        _journal.FailWrites = true;
        supervisor.Tell(new Basket.Add("pear"), TestActor);  // fails: the basket stops
        ExpectNoMsg(TimeSpan.FromMilliseconds(1999));
        _journal.FailWrites = false;
        Advance(TimeSpan.FromMilliseconds(1));
        ExpectMsg("recovered apple at 1");  // back after the backoff delay, rebuilt from the journal
        supervisor.Tell(new Basket.Add("pear"), TestActor);
        ExpectMsg("added pear at 2");
    }

    [Fact]
    public void A_rejected_event_is_not_written_and_the_actor_goes_on()
    {
        var basket = Basket();
        ExpectMsg("recovered  at 0");
        basket.Tell(new Basket.AddUnserializable(), TestActor);
        basket.Tell(new Basket.Add("apple"), TestActor);
        ExpectMsg("added apple at 1");  // the rejected event took no sequence number
        basket.Tell("items", TestActor);
        ExpectMsg("apple");
    }

    [Fact]
    public void Recovery_starts_from_the_latest_snapshot_and_replays_the_rest()
    {
        var basket = Basket();
        ExpectMsg("recovered  at 0");
        basket.Tell(new Basket.Add("apple"), TestActor);
        ExpectMsg("added apple at 1");
        basket.Tell("snapshot", TestActor);
        ExpectMsg("snapshot at 1");
        basket.Tell(new Basket.Add("pear"), TestActor);
        ExpectMsg("added pear at 2");

        Restart(ref basket);
        ExpectMsg("recovered apple,pear at 2");
    }

    [Fact]
    public void A_snapshot_that_cannot_be_stored_is_answered_with_a_failure_and_the_actor_goes_on()
    {
        var basket = Basket();
        ExpectMsg("recovered  at 0");
        basket.Tell(new Basket.Add("apple"), TestActor);
        ExpectMsg("added apple at 1");
        basket.Tell("bad-snapshot", TestActor);
        ExpectMsg("snapshot failed at 1");
        basket.Tell(new Basket.Add("pear"), TestActor);
        ExpectMsg("added pear at 2");
    }

    [Fact]
    public void Deleting_events_never_lowers_the_sequence_number()
    {
        var basket = Basket();
        ExpectMsg("recovered  at 0");
        basket.Tell(new Basket.Add("apple"), TestActor);
        basket.Tell(new Basket.Add("pear"), TestActor);
        ExpectMsg("added apple at 1");
        ExpectMsg("added pear at 2");
        basket.Tell(new Basket.DeleteTo(2), TestActor);
        ExpectMsg("deleted to 2");

        Restart(ref basket);
        ExpectMsg("recovered  at 2");
        basket.Tell(new Basket.Add("fig"), TestActor);
        ExpectMsg("added fig at 3");
    }

    [Fact]
    public void A_second_writer_of_the_same_entity_loses_and_stops()
    {
        var first = Basket("same", "first");
        ExpectMsg("recovered  at 0");
        var second = Basket("same", "second");
        ExpectMsg("recovered  at 0");
        first.Tell(new Basket.Add("apple"), TestActor);
        ExpectMsg("added apple at 1");

        Watch(second);
        second.Tell(new Basket.Add("pear"), TestActor);  // also sequence number 1: fenced by the unique key
        ExpectTerminated(second);
    }

    [Fact]
    public async Task An_unknown_manifest_in_the_journal_stops_the_actor_and_names_the_event()
    {
        var listener = CreateTestProbe();
        await using var written = PersistenceStores.InMemory(Serializer(), Clock, _database);
        await written.Journal.WriteMessagesAsync(new AtomicWrite(new PersistentRepr("basket/old", 1, new ItemAdded("apple", 1))));

        // A process that no longer knows ItemAdded reads the same journal.
        await using var forgetful = PersistenceStores.InMemory(new EventSerializer().Register<BasketSnapshot>(), Clock, _database);
        using var system = ActorSystem.Create("forgetful", new ActorSystemOptions { Scheduler = Clock });
        PersistenceExtension.Register(system, forgetful);
        var basket = system.ActorOf(Props.Create(() => new FailureReporter("basket/old", listener.Ref)), "old");
        var failure = listener.ExpectMsg<RecoveryFailedException>();
        Assert.Equal("basket/old", failure.PersistenceId);
        Assert.Equal(1, failure.SequenceNr);
        Assert.Contains("test.item-added.v2", failure.Message);
        listener.Watch(basket);
        listener.ExpectTerminated(basket);
    }

    private sealed class FailureReporter : ReceivePersistentActor
    {
        private readonly IActorRef _probe;

        public FailureReporter(string id, IActorRef probe)
        {
            PersistenceId = id;
            _probe = probe;
            RecoverAny(_ => { });
        }

        public override string PersistenceId { get; }

        protected override void OnRecoveryFailure(RecoveryFailedException failure) => _probe.Tell(failure, null);
    }
}
