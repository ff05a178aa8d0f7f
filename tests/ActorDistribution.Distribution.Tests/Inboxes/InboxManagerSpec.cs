using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Inboxes;

namespace ActorDistribution.Distribution.Tests.Inboxes;

public sealed class InboxManagerSpec
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan ScanInterval = TimeSpan.FromMinutes(1);
    private static readonly CapInbox Offers = new("OSHER/CAP_DAN", "offerinf.box");

    [Fact]
    public void A_started_manager_scans_at_once_clearing_left_locks_and_then_every_interval()
    {
        var state = Started();
        Assert.Equal(new CompareInboxes(T0, ClearLeftLocks: true), InboxManager.Next(state));

        state = Apply(state, new InboxesCompared(T0, []));

        Assert.Equal(new CompareInboxes(T0 + ScanInterval, ClearLeftLocks: false), InboxManager.Next(state));
    }

    [Fact]
    public void A_scan_on_demand_is_due_at_once()
    {
        var state = Apply(Apply(Started(), new InboxesCompared(T0, [])), new ScanInboxes(T0 + TimeSpan.FromSeconds(7)));

        Assert.Equal(T0 + TimeSpan.FromSeconds(7), InboxManager.Next(state)!.DueAt);
    }

    [Fact]
    public void Each_changed_inbox_is_dispatched_with_the_delete_limits_loaded_at_start()
    {
        var events = InboxManager.Decide(Started(), new InboxesCompared(T0, [new InboxChange(Offers, "v1", ["a.ofr"])]));

        var dispatched = Assert.IsType<InboxUpdateDispatched>(events[0]);
        Assert.Equal(10, dispatched.DeleteAttempts);
        Assert.Equal(TimeSpan.FromSeconds(1), dispatched.DeleteRetrySpacing);
    }

    [Fact]
    public void An_inbox_being_written_is_not_dispatched_again()
    {
        var state = Apply(Started(), new InboxesCompared(T0, [new InboxChange(Offers, "v1", ["a.ofr"])]));

        var events = InboxManager.Decide(state, new InboxesCompared(T0 + ScanInterval, [new InboxChange(new CapInbox("osher/cap_dan", "OFFERINF.BOX"), "v2", ["b.ofr"])]));

        Assert.IsType<InboxScanCompleted>(Assert.Single(events));
    }

    [Fact]
    public void A_stop_while_writing_waits_for_the_update_to_end()
    {
        var state = Apply(Started(), new InboxesCompared(T0, [new InboxChange(Offers, "v1", ["a.ofr"])]));

        state = Apply(state, new StopInboxManager(T0));
        Assert.Equal(InboxManagerStatus.Stopping, state.Status);
        Assert.True(state.IsWriting(Offers));
        Assert.Null(InboxManager.Next(state));

        state = Apply(state, new InboxUpdateFinished(T0, Offers, LockLeft: false));
        Assert.Equal(InboxManagerStatus.Stopped, state.Status);
        Assert.Empty(state.InProgress);
    }

    [Fact]
    public void A_stopped_manager_ignores_scans()
    {
        var state = Apply(Started(), new StopInboxManager(T0));

        Assert.Empty(InboxManager.Decide(state, new ScanInboxes(T0)));
        Assert.Null(InboxManager.Next(state));
    }

    private static InboxManagerState Started()
        => Apply(InboxManager.Initial("CH2"), new StartInboxManager(T0, ScanInterval, 10, TimeSpan.FromSeconds(1)));

    private static InboxManagerState Apply(InboxManagerState state, InboxManagerCommand command)
        => InboxManager.Decide(state, command).Aggregate(state, InboxManager.Evolve);
}
