using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.StuckLockRemedies;
using ActorDistribution.Distribution.Tests.Simulation;

namespace ActorDistribution.Distribution.Tests.Inboxes;

/// <summary>
/// Legacy (opening) clients against the ten-attempt manager. Deletes 1 s apart probe only five
/// phases of the clients' 5 s poll period, so the outcome depends on whether the clients' holds
/// cover those phases: a few clients delay the delete, enough clients make it fail all ten times.
/// </summary>
public sealed class LegacyPollingSpec
{
    private static readonly CapInbox OfferInbox = new("OSHER/CAP_DAN", InboxScenario.OfferInbox);

    [Fact]
    public void With_light_polling_a_retried_delete_removes_the_lock()
    {
        // Two clients holding the lock around the instant of the first delete, and no other time.
        var world = InboxScenario.Build(10, ClientMode.LegacyOpenCheck, 2, TimeSpan.FromSeconds(4.9), TimeSpan.FromMilliseconds(50));

        world.RunFor(TimeSpan.FromMinutes(2));

        var journal = world.InboxJournal[OfferInbox];
        Assert.Equal(1, Assert.Single(journal.OfType<LockDeleteFailed>()).Attempt);
        Assert.Equal(2, Assert.Single(journal.OfType<LockDeleted>()).Attempt);
        Assert.All(world.Clients.Values, client => Assert.Contains(InboxScenario.Offer, client.ProcessedOffers));
    }

    [Fact]
    public void Under_heavy_polling_ten_deletes_one_second_apart_still_leave_the_lock()
    {
        var world = InboxScenario.HeavyLegacyPolling(deleteAttempts: 10);

        world.RunFor(TimeSpan.FromMinutes(1));

        var journal = world.InboxJournal[OfferInbox];
        var failures = journal.OfType<LockDeleteFailed>().ToList();
        Assert.Equal(Enumerable.Range(1, 10), failures.Select(f => f.Attempt));
        Assert.All(failures.Zip(failures.Skip(1)), pair => Assert.Equal(TimeSpan.FromSeconds(1), pair.Item2.At - pair.Item1.At));
        Assert.Null(failures[^1].RetryAt);
        Assert.Equal(10, Assert.Single(journal.OfType<LockLeft>()).Attempts);
        Assert.True(world.LockPresent(OfferInbox.Cap, OfferInbox.Inbox), "the lock file should be left in place");
    }

    [Fact]
    public void Five_clients_in_phase_with_the_one_second_spacing_defeat_all_ten_attempts()
    {
        // Ten deletes 1 s apart fall on only five instants of a 5 s poll period; one client on each is enough.
        var world = InboxScenario.Build(10, ClientMode.LegacyOpenCheck, 5, TimeSpan.FromSeconds(4.9), TimeSpan.FromSeconds(1));

        world.RunFor(TimeSpan.FromMinutes(1));

        Assert.Equal(10, Assert.Single(world.InboxJournal[OfferInbox].OfType<LockLeft>()).Attempts);
    }

    [Fact]
    public void The_stuck_lock_supervisor_clears_the_lock_left_by_heavy_polling()
    {
        var world = InboxScenario.HeavyLegacyPolling(deleteAttempts: 10);
        world.WatchLocks();

        world.RunFor(TimeSpan.FromMinutes(3));

        Assert.False(world.LockPresent(OfferInbox.Cap, OfferInbox.Inbox), "the supervisor's remedy should have removed the lock");
        var cleared = Assert.Single(world.SupervisorJournal.OfType<StuckLockCleared>());
        Assert.Equal(1, cleared.Round);
        Assert.Contains(OfferInbox, cleared.Locks);
        Assert.All(world.Clients.Values, client => Assert.Contains(InboxScenario.Offer, client.ProcessedOffers));
        Assert.All(world.Clients.Values, client => Assert.Equal("installed (2.1)", client.ComponentStatus));
    }

    [Fact]
    public void The_remedy_force_closes_the_component_inbox_and_the_locked_inbox_of_the_cap()
    {
        var world = InboxScenario.HeavyLegacyPolling(deleteAttempts: 10);
        world.WatchLocks();

        world.RunFor(TimeSpan.FromMinutes(3));

        var closed = Assert.Single(world.SupervisorJournal.OfType<CapConnectionsClosed>());
        Assert.Equal("OSHER/CAP_DAN", closed.Cap);
        Assert.True(closed.ClosedHandles >= 1, "a legacy client held the lock open when the connections were closed");
        var steps = world.SupervisorJournal.Select(e => e.GetType().Name).ToList();
        Assert.Equal(
            ["StuckLockWatchStarted", "StuckLockDetected", "InboxManagerStoppedForRemedy", "CapConnectionsClosed", "InboxManagerStartedForRemedy", "StuckLockCleared"],
            steps.Where(s => s != nameof(LockSurveyCompleted)));
    }
}
