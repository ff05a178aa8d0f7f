using ActorDistribution.Runtime.Hosting;
using ActorDistribution.Runtime.Time;
using Akka.Actor;
using Akka.Configuration;
using Akka.Persistence;

namespace ActorDistribution.Runtime.Tests.Time;

public sealed class VirtualClockSpec : Akka.TestKit.Xunit2.TestKit
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public VirtualClockSpec() : base(RuntimeActorSystem.Create("clock", ConfigurationFactory.ParseString("""
        akka.persistence.journal.plugin = "akka.persistence.journal.inmem"
        akka.persistence.snapshot-store.plugin = "akka.persistence.snapshot-store.inmem"
        """), Start)) { }

    private VirtualScheduler Clock => VirtualTime.Clock(Sys);

    [Fact]
    public void Starts_at_the_configured_time_and_moves_only_when_advanced()
    {
        Assert.Equal(Start, Clock.Now);
        VirtualTime.Advance(Sys, TimeSpan.FromHours(22));
        Assert.Equal(Start.AddHours(22), Sys.Scheduler.Now);
    }

    [Fact]
    public void A_timer_fires_at_its_due_time_not_before()
    {
        Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromMilliseconds(5000), TestActor, "due", ActorRefs.NoSender);
        Assert.Equal(Start.AddMilliseconds(5000), Clock.NextDue);
        VirtualTime.Advance(Sys, TimeSpan.FromMilliseconds(4999));
        ExpectNoMsg(TimeSpan.Zero);
        VirtualTime.Advance(Sys, TimeSpan.FromMilliseconds(1));
        ExpectMsg("due", TimeSpan.Zero);
    }

    [Fact]
    public void Work_due_at_the_same_time_fires_in_the_order_it_was_scheduled()
    {
        for (var i = 0; i < 20; i++) Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromSeconds(1), TestActor, i, ActorRefs.NoSender);
        VirtualTime.Advance(Sys, TimeSpan.FromSeconds(1));
        Assert.Equal(Enumerable.Range(0, 20), ReceiveN(20, TimeSpan.FromSeconds(1)).Cast<int>());
    }

    [Fact]
    public void A_cancelled_timer_is_not_the_next_due_time()
    {
        var timer = Sys.Scheduler.ScheduleTellOnceCancelable(TimeSpan.FromSeconds(1), TestActor, "x", ActorRefs.NoSender);
        timer.Cancel();
        Assert.Null(Clock.NextDue);
    }

    [Fact]
    public void Timers_armed_after_a_persist_fire_within_the_same_advance_at_their_own_due_times()
    {
        // Each tick persists, and only its handler arms the next tick: the clock must wait for the journal.
        var ticker = Sys.ActorOf(Props.Create(() => new Ticker("ticker-1", TestActor, TimeSpan.FromMilliseconds(5000))));
        ticker.Tell("start");
        VirtualTime.Advance(Sys, TimeSpan.FromMilliseconds(15_000));
        var ticks = ReceiveN(3, TimeSpan.FromSeconds(1)).Cast<DateTimeOffset>().ToList();
        Assert.Equal([Start.AddSeconds(5), Start.AddSeconds(10), Start.AddSeconds(15)], ticks);
    }

    [Fact]
    public void A_piped_effect_is_waited_for_and_its_reaction_fires_in_the_same_advance()
    {
        // The effect takes wall time (as a file copy would); the clock must not move past it.
        var actor = Sys.ActorOf(Props.Create(() => new SlowEffect(TestActor)));
        actor.Tell("go");
        VirtualTime.Advance(Sys, TimeSpan.FromSeconds(2));
        ExpectMsg("effect-done", TimeSpan.Zero);
        ExpectMsg(Start.AddSeconds(1), TimeSpan.Zero);
    }

    [Fact]
    public void Timers_due_at_the_same_instant_take_effect_one_after_the_other()
    {
        // The first timer's reaction takes wall time; the second must not overtake it, or runs would differ.
        var slow = Sys.ActorOf(Props.Create(() => new SlowEffect(TestActor)), "a-slow");
        var second = Sys.ActorOf(Props.Create(() => new Forwarder(TestActor)), "b-second");
        Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromSeconds(10), slow, "go", ActorRefs.NoSender);
        Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromSeconds(10), second, "second", ActorRefs.NoSender);
        VirtualTime.Advance(Sys, TimeSpan.FromSeconds(10));
        ExpectMsg("effect-done", TimeSpan.Zero);
        ExpectMsg("second", TimeSpan.Zero);
    }

    [Fact]
    public void Timers_due_at_the_same_instant_fire_by_recipient_path_whatever_order_racing_actors_armed_them_in()
    {
        var a = Sys.ActorOf(Props.Create(() => new Forwarder(TestActor)), "inbox-a");
        var b = Sys.ActorOf(Props.Create(() => new Forwarder(TestActor)), "inbox-b");
        Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromSeconds(10), b, "b", ActorRefs.NoSender);
        Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromSeconds(10), a, "a", ActorRefs.NoSender);
        VirtualTime.Advance(Sys, TimeSpan.FromSeconds(10));
        Assert.Equal(["a", "b"], ReceiveN(2, TimeSpan.FromSeconds(1)).Cast<string>());
    }

    [Fact]
    public void Recovery_is_waited_for_and_rearms_the_timer_from_the_recovered_state()
    {
        var first = Sys.ActorOf(Props.Create(() => new Ticker("ticker-2", TestActor, TimeSpan.FromSeconds(5))));
        first.Tell("start");
        VirtualTime.Advance(Sys, TimeSpan.FromSeconds(5));
        ExpectMsg(Start.AddSeconds(5), TimeSpan.Zero);
        Watch(first);
        Sys.Stop(first);
        ExpectTerminated(first);

        Sys.ActorOf(Props.Create(() => new Ticker("ticker-2", TestActor, TimeSpan.FromSeconds(5))));
        VirtualTime.Settle(Sys);
        VirtualTime.Advance(Sys, TimeSpan.FromSeconds(5));
        ExpectMsg(Start.AddSeconds(10), TimeSpan.Zero);
    }

    [Fact]
    public void Time_cannot_move_backwards()
        => Assert.Throws<ArgumentOutOfRangeException>(() => VirtualTime.Advance(Sys, TimeSpan.FromSeconds(-1)));

    private sealed record Ticked(int Count);

    /// <summary>Persists every tick; the handler arms the next one. Recovery re-arms when it had started.</summary>
    private sealed class Ticker : TrackedPersistentActor, IWithTimers
    {
        private int _ticks;

        public Ticker(string id, IActorRef probe, TimeSpan every)
        {
            PersistenceId = id;
            Recover<Ticked>(e => _ticks = e.Count);
            Recover<RecoveryCompleted>(_ => { if (_ticks > 0) Timers.StartSingleTimer("tick", "tick", every); });
            Command<string>(m => m == "start", _ => Timers.StartSingleTimer("tick", "tick", every));
            Command<string>(m => m == "tick", _ => Persist(new Ticked(_ticks + 1), e =>
            {
                _ticks = e.Count;
                probe.Tell(Context.System.Scheduler.Now);
                Timers.StartSingleTimer("tick", "tick", every);
            }));
        }

        public override string PersistenceId { get; }
        public ITimerScheduler Timers { get; set; } = null!;
    }

    private sealed class Forwarder : ReceiveActor
    {
        public Forwarder(IActorRef to) => ReceiveAny(m => to.Tell(m));
    }

    private sealed class SlowEffect : ReceiveActor, IWithTimers
    {
        public SlowEffect(IActorRef probe)
        {
            Receive<string>(m => m == "go", _ => Task.Run(async () =>
            {
                await Task.Delay(200);
                return "effect-done";
            }).PipeToTracked(Context, Self));
            Receive<string>(m => m == "effect-done", m =>
            {
                probe.Tell(m);
                Timers.StartSingleTimer("after", "after", TimeSpan.FromSeconds(1));
            });
            Receive<string>(m => m == "after", _ => probe.Tell(Context.System.Scheduler.Now));
        }

        public ITimerScheduler Timers { get; set; } = null!;
    }
}
