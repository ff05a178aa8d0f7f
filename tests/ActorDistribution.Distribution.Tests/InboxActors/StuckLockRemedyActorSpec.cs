using System.Text;
using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.StuckLockRemedies;

namespace ActorDistribution.Distribution.Tests.InboxActors;

/// <summary>
/// Legacy clients under heavy polling against ten deletes 1 s apart: the lock still sticks, and the
/// stuck-lock supervisor clears it by itself, never force-closing while the manager writes what it closes.
/// </summary>
public sealed class StuckLockRemedyActorSpec() : InboxActorKit("")
{
    [Fact]
    public async Task Under_heavy_polling_ten_deletes_one_second_apart_still_leave_the_lock()
    {
        ArrangeHeavyLegacyPolling();

        RunUntil(TimeSpan.FromSeconds(19.5));

        var failures = await Events<LockDeleteFailed>(OfferInboxId);
        Assert.Equal(Enumerable.Range(1, 10), failures.Select(f => f.Attempt));
        Assert.All(failures.Zip(failures.Skip(1)), pair => Assert.Equal(TimeSpan.FromSeconds(1), pair.Item2.At - pair.Item1.At));
        Assert.Equal(10, Assert.Single(await Events<LockLeft>(OfferInboxId)).Attempts);
    }

    [Fact]
    public async Task The_supervisor_clears_the_lock_left_by_heavy_polling_and_clients_recover()
    {
        ArrangeHeavyLegacyPolling();

        RunUntil(TimeSpan.FromMinutes(3));

        Assert.False(LockPresent(), "the supervisor's remedy should have removed the lock");
        var steps = (await EventsOf(SupervisorId)).Where(e => e is not LockSurveyCompleted).Select(e => e.GetType().Name);
        Assert.Equal(
            ["StuckLockWatchStarted", "StuckLockDetected", "InboxManagerStoppedForRemedy", "CapConnectionsClosed", "InboxManagerStartedForRemedy", "StuckLockCleared"],
            steps);
        var closed = Assert.Single(await Events<CapConnectionsClosed>(SupervisorId));
        Assert.True(closed.ClosedHandles >= 1, "a legacy client held the lock open when the connections were closed");
        var remedy = Request<RemedyReport>(new GetRemedyStatus(Site));
        Assert.Equal(RemedyStep.Watching, remedy.Step);
        Assert.Null(remedy.Alarm);
        foreach (var name in ClientNames(22))
        {
            var client = Request<ClientReport>(new GetClientLog(name));
            Assert.Contains(Offer, client.ProcessedOffers);
            Assert.Equal("installed (2.1)", client.ComponentStatus);
        }
    }

    [Fact]
    public async Task Nothing_is_force_closed_while_the_manager_writes_the_component_inbox()
    {
        ArrangeHeavyLegacyPolling();
        // At 12 s a new installer starts a component inbox update that writes until 22 s; the lock is left at 19 s.
        RunUntil(TimeSpan.FromSeconds(12));
        Request<DroppedIntoSiteInbox>(new DropIntoSiteInbox(Site, ComponentInbox, "swdist-2.2.exe", Encoding.UTF8.GetBytes("component 2.2")));
        Request<InboxManagerReport>(new ScanSiteInboxes(Site));

        RunUntil(TimeSpan.FromMinutes(2));

        var held = Assert.Single(await Events<RemedyHeldForWrite>(SupervisorId));
        Assert.Equal(T0 + TimeSpan.FromSeconds(19), held.At);
        Assert.Contains(new CapInbox(Cap, ComponentInbox), held.Writing);
        var componentWriteEnded = (await Events<LockDeleted>(ComponentInboxId)).Last().At;
        var closed = Assert.Single(await Events<CapConnectionsClosed>(SupervisorId));
        Assert.True(closed.At >= componentWriteEnded, $"the close at {closed.At:T} came before the component inbox write ended at {componentWriteEnded:T}");
        Assert.Single(await Events<StuckLockCleared>(SupervisorId));
        Assert.False(LockPresent(), "the lock should be cleared once the write ended");
    }

    [Fact]
    public async Task A_lock_older_than_the_maximum_age_is_cleared_though_no_delete_failed()
    {
        Arrange(ClientMode.Scan, 0, TimeSpan.Zero, TimeSpan.Zero);
        RunUntil(TimeSpan.FromSeconds(30));
        Assert.True(Shares.WriteFile(CapShares.Address(Cap), OfferInbox + "/InboxLck.Tok", []).IsSuccess);

        RunUntil(TimeSpan.FromMinutes(12));

        var detected = Assert.Single(await Events<StuckLockDetected>(SupervisorId));
        Assert.Contains("older than", detected.Reason);
        Assert.Equal(T0 + TimeSpan.FromMinutes(11), detected.At);
        Assert.Single(await Events<StuckLockCleared>(SupervisorId));
        Assert.False(LockPresent(lockFile: "INBOXLCK.TOK"), "the remedy's restart should have removed the old lock");
    }

    [Fact]
    public async Task A_manager_an_operator_stopped_is_not_restarted_for_an_old_lock()
    {
        Arrange(ClientMode.Scan, 0, TimeSpan.Zero, TimeSpan.Zero);
        RunUntil(TimeSpan.FromSeconds(30));
        Request<InboxManagerReport>(new StopSiteInboxManager(Site));
        Assert.True(Shares.WriteFile(CapShares.Address(Cap), OfferInbox + "/inboxlck.tok", []).IsSuccess);

        RunUntil(TimeSpan.FromMinutes(15));

        Assert.Empty(await Events<StuckLockDetected>(SupervisorId));
        Assert.Equal(InboxManagerStatus.Stopped, Request<InboxManagerReport>(new GetInboxManagerStatus(Site)).Status);
        Assert.True(LockPresent(), "nothing should touch the inboxes of a stopped manager");
    }
}
