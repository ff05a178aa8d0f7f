using System.Text;
using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.StuckLockRemedies;

namespace ActorDistribution.Distribution.Tests.InboxActors;

/// <summary>The inbox side stopped and started again on the same journal and shares: every entity resumes the step it was in.</summary>
public sealed class InboxRecoverySpec() : InboxActorKit("")
{
    [Fact]
    public async Task A_remedy_held_for_a_write_resumes_at_its_stopping_step_after_a_restart()
    {
        ArrangeHeavyLegacyPolling();
        RunUntil(TimeSpan.FromSeconds(12));
        Request<DroppedIntoSiteInbox>(new DropIntoSiteInbox(Site, ComponentInbox, "swdist-2.2.exe", Encoding.UTF8.GetBytes("component 2.2")));
        Request<InboxManagerReport>(new ScanSiteInboxes(Site));
        RunUntil(TimeSpan.FromSeconds(25));
        Assert.Equal(RemedyStep.StoppingInboxManager, Request<RemedyReport>(new GetRemedyStatus(Site)).Step);

        RestartInboxSide();
        var resumed = Request<RemedyReport>(new GetRemedyStatus(Site));
        RunUntil(TimeSpan.FromMinutes(2));

        Assert.Equal(RemedyStep.StoppingInboxManager, resumed.Step);
        Assert.Equal(T0 + TimeSpan.FromSeconds(30), resumed.NextStepAt);
        Assert.Single(await Events<StuckLockDetected>(SupervisorId));
        Assert.Equal(T0 + TimeSpan.FromSeconds(30), Assert.Single(await Events<InboxManagerStoppedForRemedy>(SupervisorId)).At);
        Assert.Single(await Events<StuckLockCleared>(SupervisorId));
        Assert.False(LockPresent(), "the resumed remedy should have removed the lock");
    }

    [Fact]
    public async Task A_remedy_restarted_while_verifying_verifies_at_the_time_it_had_planned()
    {
        ArrangeHeavyLegacyPolling();
        RunUntil(TimeSpan.FromSeconds(25));
        Assert.Equal(RemedyStep.Verifying, Request<RemedyReport>(new GetRemedyStatus(Site)).Step);

        RestartInboxSide();
        RunUntil(TimeSpan.FromMinutes(1));

        var started = Assert.Single(await Events<InboxManagerStartedForRemedy>(SupervisorId));
        Assert.Equal(started.VerifyAt, Assert.Single(await Events<StuckLockCleared>(SupervisorId)).At);
    }

    [Fact]
    public async Task An_inbox_restarted_between_delete_attempts_goes_on_with_the_next_attempt()
    {
        ArrangeHeavyLegacyPolling();
        RunUntil(TimeSpan.FromSeconds(14.5));

        RestartInboxSide();
        RunUntil(TimeSpan.FromSeconds(19.5));

        var failures = await Events<LockDeleteFailed>(OfferInboxId);
        Assert.Equal(Enumerable.Range(1, 10), failures.Select(f => f.Attempt));
        Assert.All(failures.Zip(failures.Skip(1)), pair => Assert.Equal(TimeSpan.FromSeconds(1), pair.Item2.At - pair.Item1.At));
    }

    [Fact]
    public async Task Clients_keep_their_cycle_times_across_a_restart()
    {
        Arrange(ClientMode.Scan, 2, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        RunUntil(TimeSpan.FromSeconds(30));

        RestartInboxSide();
        RunUntil(TimeSpan.FromMinutes(11));

        var cycles = await Events<ClientCycleStarted>("client/WKS02");
        Assert.Equal([T0 + TimeSpan.FromSeconds(2), T0 + TimeSpan.FromSeconds(2) + TimeSpan.FromMinutes(10)], cycles.Select(c => c.At));
        Assert.Equal("installed (2.1)", Request<ClientReport>(new GetClientLog("WKS02")).ComponentStatus);
    }
}
