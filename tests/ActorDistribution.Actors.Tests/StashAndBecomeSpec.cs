using ActorDistribution.Actors.Actor;
using ActorDistribution.Actors.Stash;

namespace ActorDistribution.Actors.Tests;

public sealed class StashAndBecomeSpec : TestKit.TestKit
{
    [Fact]
    public void Stashed_messages_are_handled_in_order_after_UnstashAll()
    {
        var gate = Sys.ActorOf(Props.Create<Gate>(), "gate");
        gate.Tell("a", TestActor);
        gate.Tell("b", TestActor);
        ExpectNoMsg();
        gate.Tell(new Open(), TestActor);
        gate.Tell("c", TestActor);
        Assert.Equal(new object[] { "open", "a", "b", "c" }, ReceiveN(4));
    }

    [Fact]
    public void Unstash_returns_only_the_oldest_message()
    {
        var gate = Sys.ActorOf(Props.Create<Gate>(), "gate");
        gate.Tell("a", TestActor);
        gate.Tell("b", TestActor);
        gate.Tell(new Peek(), TestActor);
        ExpectMsg("a");
        ExpectNoMsg();
    }

    [Fact]
    public void BecomeStacked_and_UnbecomeStacked_switch_behaviour_back_and_forth()
    {
        var toggle = Sys.ActorOf(Props.Create<Toggle>(), "toggle");
        toggle.Tell("who", TestActor);
        ExpectMsg("happy");
        toggle.Tell("push", TestActor);
        toggle.Tell("who", TestActor);
        ExpectMsg("angry");
        toggle.Tell("pop", TestActor);
        toggle.Tell("who", TestActor);
        ExpectMsg("happy");
    }

    [Fact]
    public void Become_replaces_the_behaviour()
    {
        var toggle = Sys.ActorOf(Props.Create<Toggle>(), "toggle");
        toggle.Tell("replace", TestActor);
        toggle.Tell("who", TestActor);
        ExpectMsg("calm");
        toggle.Tell("pop", TestActor);  // nothing stacked below a replaced behaviour of the initial one
        toggle.Tell("who", TestActor);
        ExpectMsg("happy");
    }

    private sealed record Open;

    private sealed record Peek;

    private sealed class Gate : ReceiveActor, IWithUnboundedStash
    {
        public Gate()
        {
            Receive<Open>(_ =>
            {
                Sender.Tell("open", Self);
                Become(() => Receive<string>(s => Sender.Tell(s, Self)));
                Stash.UnstashAll();
            });
            Receive<Peek>(_ =>
            {
                BecomeStacked(() => Receive<string>(s =>
                {
                    Sender.Tell(s, Self);
                    UnbecomeStacked();
                }));
                Stash.Unstash();
            });
            Receive<string>(_ => Stash.Stash());
        }

        public IStash Stash { get; set; } = null!;
    }

    private sealed class Toggle : ReceiveActor
    {
        public Toggle()
        {
            Receive<string>(s => s == "push", _ => BecomeStacked(() =>
            {
                Receive<string>(s => s == "pop", _ => UnbecomeStacked());
                Receive<string>(s => s == "who", _ => Sender.Tell("angry", Self));
            }));
            Receive<string>(s => s == "replace", _ => Become(() =>
            {
                Receive<string>(s => s == "pop", _ => UnbecomeStacked());
                Receive<string>(s => s == "who", _ => Sender.Tell("calm", Self));
            }));
            Receive<string>(s => s == "who", _ => Sender.Tell("happy", Self));
        }
    }
}
