using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Inboxes;

namespace ActorDistribution.Distribution.Tests.Inboxes;

public sealed class InboxLockSpec
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly CapInbox Address = new("OSHER/CAP_DAN", "offerinf.box");
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(1);

    [Fact]
    public void An_update_locks_copies_and_then_deletes_the_lock()
    {
        var state = Apply(Inbox.Initial(Address), new ReplicateInbox(T0, "v1", ["a.ofr"], 10, Spacing));
        Assert.IsType<CreateLock>(Inbox.Next(state));
        state = Apply(state, new LockCreationResult(T0));
        Assert.Equal(["a.ofr"], Assert.IsType<CopyFiles>(Inbox.Next(state)).Files);
        state = Apply(state, new CopyResult(T0));
        Assert.Equal(1, Assert.IsType<DeleteLock>(Inbox.Next(state)).Attempt);
        state = Apply(state, new LockDeletionResult(T0));

        Assert.Equal("v1", state.ReplicatedVersion);
        Assert.Null(state.LockPresentSince);
        Assert.Null(Inbox.Next(state));
    }

    [Fact]
    public void A_delete_refused_by_a_sharing_violation_is_retried_after_the_spacing()
    {
        var state = Unlocking(10);

        var events = Inbox.Decide(state, new LockDeletionResult(T0, "sharing violation", ["WKS01"]));

        var failed = Assert.IsType<LockDeleteFailed>(Assert.Single(events));
        Assert.Equal(1, failed.Attempt);
        Assert.Equal(["WKS01"], failed.Holders);
        var next = Assert.IsType<DeleteLock>(Inbox.Next(Inbox.Evolve(state, failed)));
        Assert.Equal(2, next.Attempt);
        Assert.Equal(T0 + Spacing, next.DueAt);
    }

    [Fact]
    public void After_the_last_failed_attempt_the_update_ends_and_the_lock_is_left_with_an_alarm()
    {
        var state = Unlocking(10);
        for (var attempt = 1; attempt <= 10; attempt++)
            state = Apply(state, new LockDeletionResult(T0 + Spacing * (attempt - 1), "sharing violation", ["WKS01"]));

        Assert.Equal(InboxPhase.Idle, state.Phase);
        Assert.True(state.LockLeft);
        Assert.Equal(T0, state.LockPresentSince);
        Assert.Contains("10 failed delete attempt(s)", Assert.Single(state.Alarms).Text);
        Assert.Null(Inbox.Next(state));
    }

    [Fact]
    public void One_attempt_reproduces_the_original_single_delete()
    {
        var events = Inbox.Decide(Unlocking(1), new LockDeletionResult(T0, "sharing violation", ["WKS01"]));

        Assert.Collection(events,
            e => Assert.Null(Assert.IsType<LockDeleteFailed>(e).RetryAt),
            e => Assert.Equal(1, Assert.IsType<LockLeft>(e).Attempts));
    }

    [Fact]
    public void A_new_order_clears_a_left_lock_even_without_files_to_copy()
    {
        var state = Unlocking(1);
        state = Apply(state, new LockDeletionResult(T0, "sharing violation", ["WKS01"]));

        var events = Inbox.Decide(state, new ReplicateInbox(T0 + TimeSpan.FromMinutes(5), "v1", [], 10, Spacing));

        Assert.IsType<InboxUpdateStarted>(Assert.Single(events));
    }

    [Fact]
    public void An_order_arriving_during_an_update_is_declined()
    {
        var events = Inbox.Decide(Unlocking(10), new ReplicateInbox(T0, "v2", ["b.ofr"], 10, Spacing));

        Assert.Empty(events);
    }

    [Fact]
    public void Replaying_the_journal_restores_when_the_next_delete_is_due()
    {
        var journal = new List<InboxEvent>
        {
            new InboxUpdateStarted(T0, "v1", ["a.ofr"], 10, Spacing),
            new InboxLockCreated(T0),
            new InboxFilesCopied(T0, "v1", ["a.ofr"]),
            new LockDeleteFailed(T0, 1, "sharing violation", ["WKS01"], T0 + Spacing),
        };

        var recovered = Inbox.Replay(Address, journal);

        Assert.Equal(new DeleteLock(T0 + Spacing, 2), Inbox.Next(recovered));
    }

    [Fact]
    public void The_comparison_matches_names_case_insensitively_and_never_copies_the_lock()
    {
        IReadOnlyList<InboxFile> site = [new("A.OFR", "11"), new("b.ofr", "22")];
        IReadOnlyList<InboxFile> cap = [new("a.ofr", "11"), new("INBOXLCK.TOK", "00")];

        var change = InboxComparison.Compare(Address, site, cap, "inboxlck.tok", clearLeftLocks: false);

        Assert.Equal(["b.ofr"], Assert.IsType<InboxChange>(change).Files);
    }

    [Fact]
    public void A_lock_alone_is_a_change_only_for_the_scan_on_start()
    {
        IReadOnlyList<InboxFile> site = [new("a.ofr", "11")];
        IReadOnlyList<InboxFile> cap = [new("a.ofr", "11"), new("InboxLck.tok", "00")];

        Assert.Null(InboxComparison.Compare(Address, site, cap, "inboxlck.tok", clearLeftLocks: false));
        Assert.Empty(Assert.IsType<InboxChange>(InboxComparison.Compare(Address, site, cap, "inboxlck.tok", clearLeftLocks: true)).Files);
    }

    [Fact]
    public void An_order_re_sent_by_a_restarted_manager_after_its_update_ended_is_not_run_again()
    {
        // The manager's finish report went to a member that died; recovered elsewhere, it sends the same dispatch again.
        var order = new ReplicateInbox(T0, "v1", ["a.ofr"], 1, Spacing, DispatchedAt: T0);
        var state = Apply(Inbox.Initial(Address), order);
        state = Apply(state, new LockCreationResult(T0));
        state = Apply(state, new CopyResult(T0));
        state = Apply(state, new LockDeletionResult(T0, "sharing violation", ["WKS01"]));
        Assert.True(state.LockLeft);

        var again = order with { At = T0 + TimeSpan.FromSeconds(10) };

        Assert.True(Inbox.IsRepeatOfFinished(state, again));
        Assert.Empty(Inbox.Decide(state, again));
    }

    [Fact]
    public void A_new_dispatch_of_the_same_version_still_runs_an_update()
    {
        var state = Apply(Inbox.Initial(Address), new ReplicateInbox(T0, "v1", ["a.ofr"], 1, Spacing, DispatchedAt: T0));
        state = Apply(state, new LockCreationResult(T0));
        state = Apply(state, new CopyResult(T0));
        state = Apply(state, new LockDeletionResult(T0, "sharing violation", ["WKS01"]));

        // The scan on start orders the left lock cleared: a dispatch of its own.
        var clear = new ReplicateInbox(T0 + TimeSpan.FromMinutes(1), "v1", [], 1, Spacing, DispatchedAt: T0 + TimeSpan.FromMinutes(1));

        Assert.False(Inbox.IsRepeatOfFinished(state, clear));
        Assert.Equal(clear.DispatchedAt, Assert.IsType<InboxUpdateStarted>(Assert.Single(Inbox.Decide(state, clear))).DispatchedAt);
    }

    private static InboxState Unlocking(int attempts)
    {
        var state = Apply(Inbox.Initial(Address), new ReplicateInbox(T0, "v1", ["a.ofr"], attempts, Spacing));
        state = Apply(state, new LockCreationResult(T0));
        return Apply(state, new CopyResult(T0));
    }

    private static InboxState Apply(InboxState state, InboxCommand command)
        => Inbox.Decide(state, command).Aggregate(state, Inbox.Evolve);
}
