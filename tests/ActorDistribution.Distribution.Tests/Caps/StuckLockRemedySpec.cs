using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.StuckLockRemedies;
using ActorDistribution.Distribution.Tests.Simulation;

namespace ActorDistribution.Distribution.Tests.Caps;

public sealed class StuckLockRemedySpec
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly StuckLockRules Rules = new(TimeSpan.FromMinutes(10), 3, TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(11));
    private static readonly CapInbox DanOffers = new("OSHER/CAP_DAN", "offerinf.box");
    private static readonly CapInbox EveOffers = new("OSHER/CAP_EVE", "offerinf.box");

    [Fact]
    public void A_lock_older_than_the_maximum_age_is_stuck_and_a_younger_one_is_not()
    {
        var state = Apply(StuckLockSupervisor.Initial("CH2"), new WatchLocks(T0, Rules));

        var at = T0 + TimeSpan.FromMinutes(30);
        var events = StuckLockSupervisor.Decide(state, new LocksSurveyed(at, [new(DanOffers, at - TimeSpan.FromMinutes(10)), new(EveOffers, at - TimeSpan.FromMinutes(9))]));

        var detected = Assert.IsType<StuckLockDetected>(Assert.Single(events));
        Assert.Equal([DanOffers], detected.Locks);
    }

    [Fact]
    public void Nothing_is_force_closed_while_the_manager_still_writes_an_inbox_the_close_reaches()
    {
        var state = Detected(DanOffers);
        var writingComponentInbox = new CapInbox("osher/cap_dan", "CLICOMP.BOX/SWDIST");

        var events = StuckLockSupervisor.Decide(state, new InboxManagerStopResult(T0, [writingComponentInbox]));

        var held = Assert.IsType<RemedyHeldForWrite>(Assert.Single(events));
        var after = StuckLockSupervisor.Evolve(state, held);
        Assert.Equal(RemedyStep.StoppingInboxManager, after.Step);
        Assert.IsType<HaltInboxManager>(StuckLockSupervisor.Next(after));
    }

    [Fact]
    public void A_write_reported_just_before_a_close_sends_the_remedy_back_to_stopping()
    {
        var state = Apply(Detected(DanOffers), new InboxManagerStopResult(T0, []));
        Assert.IsType<CloseCapConnections>(StuckLockSupervisor.Next(state));

        state = Apply(state, new InboxManagerStopResult(T0, [DanOffers]));

        Assert.Equal(RemedyStep.StoppingInboxManager, state.Step);
        Assert.IsType<HaltInboxManager>(StuckLockSupervisor.Next(state));
    }

    [Fact]
    public void Each_round_stops_closes_every_affected_cap_starts_and_verifies()
    {
        var state = Detected(DanOffers, EveOffers);
        state = Apply(state, new InboxManagerStopResult(T0, []));

        var first = Assert.IsType<CloseCapConnections>(StuckLockSupervisor.Next(state));
        Assert.Equal("OSHER/CAP_DAN", first.Cap);
        Assert.Equal(["clicomp.box/swdist", "offerinf.box"], first.Subtrees);
        state = Apply(state, new ConnectionsClosed(T0, first.Cap, ["WKS01"], 1));
        var second = Assert.IsType<CloseCapConnections>(StuckLockSupervisor.Next(state));
        Assert.Equal("OSHER/CAP_EVE", second.Cap);
        state = Apply(state, new ConnectionsClosed(T0, second.Cap, [], 0));
        Assert.IsType<RestartInboxManager>(StuckLockSupervisor.Next(state));
        state = Apply(state, new InboxManagerStartResult(T0));
        var verify = Assert.IsType<VerifyLocks>(StuckLockSupervisor.Next(state));
        Assert.Equal(T0 + Rules.VerifyDelay, verify.DueAt);
        state = Apply(state, new LocksVerified(verify.DueAt, [], []));

        Assert.Equal(RemedyStep.Watching, state.Step);
        Assert.IsType<SurveyLocks>(StuckLockSupervisor.Next(state));
    }

    [Fact]
    public void After_the_last_round_fails_the_supervisor_raises_an_alarm_and_stops_trying()
    {
        var state = Detected(DanOffers);
        for (var round = 1; round <= Rules.MaxRounds; round++)
        {
            Assert.Equal(round, state.Round);
            state = Apply(state, new InboxManagerStopResult(T0, []));
            state = Apply(state, new ConnectionsClosed(T0, DanOffers.Cap, [], 0));
            state = Apply(state, new InboxManagerStartResult(T0));
            state = Apply(state, new LocksVerified(T0, [DanOffers], []));
        }

        Assert.Equal(RemedyStep.Alarmed, state.Step);
        Assert.Null(StuckLockSupervisor.Next(state));
        Assert.Contains("after 3 remedy round(s)", state.Alarm);
    }

    [Fact]
    public void Replaying_the_journal_mid_remedy_resumes_at_the_step_it_was_in()
    {
        var journal = new List<StuckLockEvent>
        {
            new StuckLockWatchStarted(T0, Rules),
            new StuckLockDetected(T0, [DanOffers, EveOffers], "every delete of the lock failed"),
            new InboxManagerStoppedForRemedy(T0, 1),
            new CapConnectionsClosed(T0, "OSHER/CAP_DAN", ["WKS01"], 1),
        };

        var recovered = StuckLockSupervisor.Replay("CH2", journal);

        Assert.Equal(RemedyStep.ClosingConnections, recovered.Step);
        var next = Assert.IsType<CloseCapConnections>(StuckLockSupervisor.Next(recovered));
        Assert.Equal("OSHER/CAP_EVE", next.Cap);
    }

    [Fact]
    public void A_supervisor_recovered_while_verifying_finishes_the_remedy()
    {
        var world = InboxScenario.HeavyLegacyPolling(deleteAttempts: 10);
        world.WatchLocks();
        world.RunFor(TimeSpan.FromSeconds(25));
        var before = world.Supervisor;
        Assert.Equal(RemedyStep.Verifying, before.Step);

        world.RecoverSupervisor();

        Assert.Equal(before.Step, world.Supervisor.Step);
        Assert.Equal(before.Round, world.Supervisor.Round);
        Assert.Equal(before.StepDueAt, world.Supervisor.StepDueAt);
        Assert.Equal(before.Locks, world.Supervisor.Locks);
        world.RunFor(TimeSpan.FromMinutes(1));
        Assert.Single(world.SupervisorJournal.OfType<StuckLockCleared>());
    }

    [Fact]
    public void The_supervisor_never_force_closes_while_the_manager_writes_the_inbox()
    {
        // Copying takes 30 s and a lock counts as stuck after 5 s, so the remedy starts mid-write.
        var world = new InboxWorld(InboxScenario.Config(), copyDuration: TimeSpan.FromSeconds(30));
        world.DropIntoSiteInbox(InboxScenario.OfferInbox, InboxScenario.Offer, "advertisement");
        world.AddClient("WKS01", ClientMode.Scan, world.Start + TimeSpan.FromSeconds(2));
        world.WatchLocks(new StuckLockRules(TimeSpan.FromSeconds(5), 3, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)));
        world.StartManager();

        world.RunFor(TimeSpan.FromMinutes(2));

        Assert.Contains(world.SupervisorJournal, e => e is RemedyHeldForWrite);
        Assert.NotEmpty(world.ForceCloses);
        Assert.All(world.ForceCloses, close => Assert.Empty(close.ManagerWriting));
        var writeEnded = world.InboxJournal[DanOffers].OfType<LockDeleted>().First().At;
        Assert.All(world.ForceCloses, close => Assert.True(close.At >= writeEnded, $"force-close at {close.At:T} came before the write ended at {writeEnded:T}"));
        Assert.Single(world.SupervisorJournal.OfType<StuckLockCleared>());
        Assert.Contains(InboxScenario.Offer, world.Clients["WKS01"].ProcessedOffers);
    }

    private static StuckLockState Detected(params CapInbox[] locks)
    {
        var state = Apply(StuckLockSupervisor.Initial("CH2"), new WatchLocks(T0, Rules));
        return StuckLockSupervisor.Evolve(state, new StuckLockDetected(T0, locks, "test"));
    }

    private static StuckLockState Apply(StuckLockState state, StuckLockCommand command)
        => StuckLockSupervisor.Decide(state, command).Aggregate(state, StuckLockSupervisor.Evolve);
}
