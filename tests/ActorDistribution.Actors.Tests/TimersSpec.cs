using ActorDistribution.Actors.Actor;
using ActorDistribution.Actors.Timers;

namespace ActorDistribution.Actors.Tests;

public sealed class TimersSpec : TestKit.TestKit
{
    private IActorRef Timed() => Sys.ActorOf(Props.Create(() => new TimedActor(TestActor)), "timed");

    [Fact]
    public void A_single_timer_fires_once_at_its_due_time()
    {
        var actor = Timed();
        actor.Tell(new Start("t", "tick", TimeSpan.FromMilliseconds(5000), Periodic: false), TestActor);
        ExpectMsg("started");
        ExpectNoMsg(TimeSpan.FromMilliseconds(4999));
        Advance(TimeSpan.FromMilliseconds(1));
        ExpectMsg("tick");
        ExpectNoMsg(TimeSpan.FromHours(1));
    }

    [Fact]
    public void A_periodic_timer_fires_every_interval()
    {
        var actor = Timed();
        actor.Tell(new Start("t", "tick", TimeSpan.FromMilliseconds(5000), Periodic: true), TestActor);
        ExpectMsg("started");
        Within(TimeSpan.FromMilliseconds(15_000), () =>
        {
            for (var i = 0; i < 3; i++)
            {
                Advance(TimeSpan.FromMilliseconds(5000));
                ExpectMsg("tick");
            }
        });
        actor.Tell("active?", TestActor);
        Assert.True(ExpectMsg<bool>());
    }

    [Fact]
    public void Starting_a_timer_with_a_key_in_use_replaces_it()
    {
        var actor = Timed();
        actor.Tell(new Start("t", "first", TimeSpan.FromSeconds(5), Periodic: false), TestActor);
        ExpectMsg("started");
        actor.Tell(new Start("t", "second", TimeSpan.FromSeconds(10), Periodic: false), TestActor);
        ExpectMsg("started");
        Advance(TimeSpan.FromSeconds(10));
        ExpectMsg("second");
        ExpectNoMsg();
    }

    [Fact]
    public void A_timer_cancelled_after_it_fired_but_before_delivery_never_arrives()
    {
        var actor = Timed();
        actor.Tell(new Start("t", "tick", TimeSpan.FromSeconds(5), Periodic: false), TestActor);
        ExpectMsg("started");
        // The block runs in the actor: the fired message is queued behind the cancel.
        actor.Tell(new CancelAfterFire("t", Clock), TestActor);
        ExpectMsg("cancelled");
        ExpectNoMsg(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Cancel_stops_a_timer_and_IsTimerActive_tells()
    {
        var actor = Timed();
        actor.Tell(new Start("t", "tick", TimeSpan.FromSeconds(5), Periodic: true), TestActor);
        ExpectMsg("started");
        actor.Tell("cancel", TestActor);
        ExpectMsg("cancelled");
        actor.Tell("active?", TestActor);
        Assert.False(ExpectMsg<bool>());
        ExpectNoMsg(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void A_restart_cancels_the_timers()
    {
        var actor = Timed();
        actor.Tell(new Start("t", "tick", TimeSpan.FromSeconds(5), Periodic: true), TestActor);
        ExpectMsg("started");
        actor.Tell("fail", TestActor);
        ExpectNoMsg(TimeSpan.FromSeconds(30));
        actor.Tell("active?", TestActor);
        Assert.False(ExpectMsg<bool>());
    }

    private sealed record Start(string Key, string Message, TimeSpan Delay, bool Periodic);

    private sealed record CancelAfterFire(string Key, Time.VirtualScheduler Clock);

    private sealed class TimedActor : ReceiveActor, IWithTimers
    {
        public TimedActor(IActorRef probe)
        {
            Receive<Start>(s =>
            {
                if (s.Periodic) Timers.StartPeriodicTimer(s.Key, s.Message, s.Delay);
                else Timers.StartSingleTimer(s.Key, s.Message, s.Delay);
                Sender.Tell("started", Self);
            });
            Receive<CancelAfterFire>(c =>
            {
                c.Clock.Advance(TimeSpan.FromSeconds(5));  // fires now: the tick lands in our mailbox
                Timers.Cancel(c.Key);
                Sender.Tell("cancelled", Self);
            });
            Receive<string>(s => s == "cancel", _ =>
            {
                Timers.CancelAll();
                Sender.Tell("cancelled", Self);
            });
            Receive<string>(s => s == "active?", _ => Sender.Tell(Timers.IsTimerActive("t"), Self));
            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("restart me"));
            Receive<string>(s => probe.Tell(s, Self));
        }

        public ITimerScheduler Timers { get; set; } = null!;
    }
}
