using ActorDistribution.Actors.Actor;
using ActorDistribution.Actors.Events;

namespace ActorDistribution.Actors.Tests;

public sealed class DeathWatchSpec : TestKit.TestKit
{
    [Fact]
    public void Watching_a_live_actor_yields_Terminated_when_it_stops()
    {
        var subject = Sys.ActorOf(Props.Create<Echo>(), "subject");
        Watch(subject);
        Sys.Stop(subject);
        var terminated = ExpectTerminated(subject);
        Assert.True(terminated.ExistenceConfirmed);
    }

    [Fact]
    public void Watching_an_actor_that_is_already_dead_yields_Terminated_at_once()
    {
        var subject = Sys.ActorOf(Props.Create<Echo>(), "subject");
        Watch(subject);
        Sys.Stop(subject);
        ExpectTerminated(subject);

        var late = CreateTestProbe();
        late.Watch(subject);
        Assert.False(late.ExpectTerminated(subject).ExistenceConfirmed);
    }

    [Fact]
    public void Watching_Nobody_yields_Terminated()
    {
        Watch(ActorRefs.Nobody);
        ExpectTerminated(ActorRefs.Nobody);
    }

    [Fact]
    public void Unwatch_means_no_Terminated_arrives()
    {
        var subject = Sys.ActorOf(Props.Create<Echo>(), "subject");
        Watch(subject);
        Unwatch(subject);
        Sys.Stop(subject);
        ExpectNoMsg();
    }

    [Fact]
    public void An_unhandled_Terminated_stops_the_watcher_by_death_pact()
    {
        var subject = Sys.ActorOf(Props.Create<Echo>(), "subject");
        var watcher = Sys.ActorOf(Props.Create(() => new WatchesButIgnores(subject)), "watcher");
        Watch(watcher);
        Sys.Stop(subject);
        ExpectTerminated(watcher);
    }

    [Fact]
    public void Messages_to_a_stopped_actor_become_dead_letters()
    {
        var listener = CreateTestProbe();
        Sys.EventStream.Subscribe(listener.Ref, typeof(DeadLetter));
        var subject = Sys.ActorOf(Props.Create<Echo>(), "subject");
        Watch(subject);
        Sys.Stop(subject);
        ExpectTerminated(subject);

        subject.Tell("too late", TestActor);
        var dead = listener.ExpectMsg<DeadLetter>();
        Assert.Equal("too late", dead.Message);
        Assert.Equal(subject, dead.Recipient);
        Assert.Equal(TestActor, dead.Sender);
    }

    [Fact]
    public void Unhandled_messages_are_published_on_the_event_stream()
    {
        var listener = CreateTestProbe();
        Sys.EventStream.Subscribe(listener.Ref, typeof(UnhandledMessage));
        var actor = Sys.ActorOf(Props.Create<OnlyStrings>(), "strings");
        actor.Tell(42, TestActor);
        var unhandled = listener.ExpectMsg<UnhandledMessage>();
        Assert.Equal(42, unhandled.Message);
        Assert.Equal(actor, unhandled.Recipient);
    }

    [Fact]
    public void Subscribers_get_only_the_types_they_subscribed_to()
    {
        var listener = CreateTestProbe();
        Sys.EventStream.Subscribe(listener.Ref, typeof(string));
        Sys.EventStream.Publish(1);
        Sys.EventStream.Publish("news");
        listener.ExpectMsg("news");
        listener.ExpectNoMsg();
    }

    private sealed class WatchesButIgnores : ReceiveActor
    {
        public WatchesButIgnores(IActorRef subject)
        {
            Context.Watch(subject);
            Receive<string>(_ => { });
        }
    }

    private sealed class OnlyStrings : ReceiveActor
    {
        public OnlyStrings() => Receive<string>(_ => { });
    }
}
