using ActorDistribution.Actors.Actor;
using ActorDistribution.Actors.Supervision;

namespace ActorDistribution.Actors.Tests;

/// <summary>An async handler still awaiting when its actor stops or restarts is abandoned: it neither runs on nor keeps the system busy.</summary>
public sealed class AsyncHandlerLifecycleSpec : TestKit.TestKit
{
    [Fact]
    public void A_handler_awaiting_when_its_actor_stops_does_not_keep_the_system_busy()
    {
        var gate = new TaskCompletionSource();
        var actor = Sys.ActorOf(Props.Create(() => new Waiter(gate.Task)), "waiter");
        actor.Tell("go", TestActor);
        ExpectMsg("started");
        Watch(actor);
        Sys.Stop(actor);
        ExpectTerminated(actor);
        gate.SetResult();
        Assert.True(Sys.WaitForQuiescence(TimeSpan.FromSeconds(5)), "the abandoned handler still counts as work");
        ExpectNoMsg();
    }

    [Fact]
    public void A_handler_of_an_instance_replaced_by_a_restart_never_resumes()
    {
        var gate = new TaskCompletionSource();
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(new AllForOneStrategy(_ => Directive.Restart))), "supervisor");
        supervisor.Tell(Props.Create(() => new Waiter(gate.Task)), TestActor);
        var waiter = ExpectMsg<IActorRef>();
        supervisor.Tell(Props.Create(() => new Crasher()), TestActor);
        var crasher = ExpectMsg<IActorRef>();
        waiter.Tell("go", TestActor);
        ExpectMsg("started");

        crasher.Tell("boom", TestActor);  // all for one: the waiter is restarted while it awaits
        Assert.True(Sys.WaitForQuiescence(TimeSpan.FromSeconds(5)), "a restart must release the abandoned handler");
        gate.SetResult();
        ExpectNoMsg();
        waiter.Tell("go", TestActor);     // the new instance works normally
        ExpectMsg("started");
    }

    [Fact]
    public void A_child_that_escalated_and_was_kept_by_its_parents_restart_is_restarted_too()
    {
        var grandparent = Sys.ActorOf(Props.Create(() => new Supervisor(new OneForOneStrategy(_ => Directive.Restart))), "grandparent");
        grandparent.Tell(Props.Create(() => new KeepingParent()), TestActor);
        var parent = ExpectMsg<IActorRef>();
        parent.Tell("make", TestActor);
        var child = ExpectMsg<IActorRef>();

        child.Tell("boom", TestActor);  // escalates: the parent restarts, keeping its child
        child.Tell("ping", TestActor);
        ExpectMsg("pong");
    }

    private sealed class Waiter : ReceiveActor
    {
        public Waiter(Task gate) => ReceiveAsync<string>(async _ =>
        {
            var probe = Sender;
            probe.Tell("started", Self);
            await gate;
            probe.Tell("the old instance went on", Self);
        });
    }

    private sealed class Crasher : ReceiveActor
    {
        public Crasher() => Receive<string>(_ => throw new InvalidOperationException("boom"));
    }

    private sealed class KeepingParent : ReceiveActor
    {
        public KeepingParent() => Receive<string>(_ => Sender.Tell(Context.ActorOf(Props.Create(() => new Child()), "child"), Self));

        protected internal override void PreRestart(Exception reason, object? message) { }  // keeps its children

        protected internal override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(_ => Directive.Escalate);
    }

    private sealed class Child : ReceiveActor
    {
        public Child() => Receive<string>(s =>
        {
            if (s == "boom") throw new InvalidOperationException("boom");
            Sender.Tell("pong", Self);
        });
    }
}
