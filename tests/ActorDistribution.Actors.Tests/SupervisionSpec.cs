using ActorDistribution.Actors.Supervision;

namespace ActorDistribution.Actors.Tests;

public sealed class SupervisionSpec : TestKit.TestKit
{
    private IActorRef SupervisedChild(SupervisorStrategy strategy, string name = "child")
    {
        var parent = Sys.ActorOf(Props.Create(() => new Supervisor(strategy)), "parent-" + name);
        return SpawnUnder(parent, name);
    }

    // The child's PreStart report and the parent's reply come from two senders: no order between them.
    private IActorRef SpawnUnder(IActorRef parent, string name)
    {
        parent.Tell((Props.Create(() => new LifecycleReporter(TestActor, name)), name), TestActor);
        var both = ReceiveN(2);
        Assert.Contains($"{name}:pre-start", both);
        return both.OfType<IActorRef>().Single();
    }

    private int Count(IActorRef child)
    {
        child.Tell("count", TestActor);
        return ExpectMsg<int>();
    }

    [Fact]
    public void Resume_keeps_the_state_and_drops_the_failing_message()
    {
        var child = SupervisedChild(new OneForOneStrategy(_ => Directive.Resume));
        Assert.Equal(1, Count(child));
        child.Tell(new InvalidOperationException("boom"), TestActor);
        Assert.Equal(2, Count(child));
    }

    [Fact]
    public void Restart_replaces_the_instance_and_runs_the_restart_hooks()
    {
        var child = SupervisedChild(SupervisorStrategy.Default);
        Assert.Equal(1, Count(child));
        child.Tell(new InvalidOperationException("boom"), TestActor);
        ExpectMsg("child:pre-restart:boom");
        ExpectMsg("child:post-stop");
        ExpectMsg("child:post-restart");
        ExpectMsg("child:pre-start");
        Assert.Equal(1, Count(child));  // fresh state, same reference
    }

    [Fact]
    public void Stop_stops_the_child()
    {
        var child = SupervisedChild(new OneForOneStrategy(_ => Directive.Stop));
        Watch(child);
        child.Tell(new InvalidOperationException("boom"), TestActor);
        ExpectMsg("child:post-stop");
        ExpectTerminated(child);
    }

    [Fact]
    public void Escalate_fails_the_parent_which_its_own_supervisor_restarts()
    {
        var child = SupervisedChild(new OneForOneStrategy(_ => Directive.Escalate));
        Watch(child);
        child.Tell(new InvalidOperationException("boom"), TestActor);
        // The parent restarts under /user's default strategy; its default PreRestart stops the child.
        ExpectMsg("child:post-stop");
        ExpectTerminated(child);
    }

    [Fact]
    public void Restarts_beyond_the_retry_budget_within_the_window_stop_the_child()
    {
        var child = SupervisedChild(new OneForOneStrategy(2, TimeSpan.FromMinutes(1), _ => Directive.Restart));
        Watch(child);
        for (var i = 0; i < 2; i++)
        {
            child.Tell(new InvalidOperationException("boom"), TestActor);
            FishForMessage(m => m is "child:pre-start");
        }
        child.Tell(new InvalidOperationException("boom"), TestActor);
        FishForMessage(m => m is Actor.Terminated);
    }

    [Fact]
    public void The_retry_window_restarts_counting_after_it_passes()
    {
        var child = SupervisedChild(new OneForOneStrategy(1, TimeSpan.FromMinutes(1), _ => Directive.Restart));
        child.Tell(new InvalidOperationException("boom"), TestActor);
        FishForMessage(m => m is "child:pre-start");
        Advance(TimeSpan.FromMinutes(2));
        child.Tell(new InvalidOperationException("boom"), TestActor);
        FishForMessage(m => m is "child:pre-start");  // restarted again: the first failure is outside the window
        Assert.Equal(1, Count(child));
    }

    [Fact]
    public void AllForOne_restarts_every_sibling_when_one_fails()
    {
        var parent = Sys.ActorOf(Props.Create(() => new Supervisor(new AllForOneStrategy(_ => Directive.Restart))), "all");
        var a = SpawnUnder(parent, "a");
        SpawnUnder(parent, "b");

        a.Tell(new InvalidOperationException("boom"), TestActor);
        var restarts = new HashSet<object>();
        while (restarts.Count < 2)
            restarts.Add(FishForMessage(m => m is "a:post-restart" or "b:post-restart"));
    }

    [Fact]
    public void AllForOne_stop_stops_every_sibling()
    {
        var parent = Sys.ActorOf(Props.Create(() => new Supervisor(new AllForOneStrategy(_ => Directive.Stop))), "all");
        var a = SpawnUnder(parent, "a");
        var b = SpawnUnder(parent, "b");
        Watch(a);
        Watch(b);

        a.Tell(new InvalidOperationException("boom"), TestActor);
        var stopped = new HashSet<IActorRef>();
        while (stopped.Count < 2)
            stopped.Add(((Actor.Terminated)FishForMessage(m => m is Actor.Terminated)).ActorRef);
        Assert.Contains(a, stopped);
        Assert.Contains(b, stopped);
    }

    [Fact]
    public void Kill_stops_under_the_default_strategy_while_PoisonPill_waits_its_turn()
    {
        var child = SupervisedChild(SupervisorStrategy.Default);
        Watch(child);
        child.Tell("count", TestActor);
        child.Tell(Actor.PoisonPill.Instance, TestActor);
        child.Tell("count", TestActor);
        Assert.Equal(1, ExpectMsg<int>());  // before the pill
        ExpectMsg("child:post-stop");
        ExpectTerminated(child);
        ExpectNoMsg();                     // after the pill: dead letter, no reply

        var killed = SupervisedChild(SupervisorStrategy.Default, "killed");
        Watch(killed);
        killed.Tell(Actor.Kill.Instance, TestActor);
        ExpectMsg("killed:post-stop");
        ExpectTerminated(killed);
    }
}
