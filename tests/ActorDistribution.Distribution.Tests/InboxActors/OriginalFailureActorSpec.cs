using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.Requests;

namespace ActorDistribution.Distribution.Tests.InboxActors;

/// <summary>The article's failure through the actors: legacy clients hold the lock open, the manager deletes once, nothing clears it.</summary>
public sealed class OriginalFailureActorSpec() : InboxActorKit("""
    distribution.inbox-manager.delete-attempts = 1
    distribution.stuck-lock.enabled = off
    """)
{
    [Fact]
    public async Task A_single_delete_meeting_an_open_lock_leaves_the_lock_in_place_with_an_alarm()
    {
        ArrangeHeavyLegacyPolling();

        RunUntil(TimeSpan.FromMinutes(1));

        var failed = Assert.Single(await Events<LockDeleteFailed>(OfferInboxId));
        Assert.NotEmpty(failed.Holders);
        Assert.Equal(T0 + TimeSpan.FromSeconds(10), failed.At);
        Assert.Single(await Events<LockLeft>(OfferInboxId));
        Assert.True(LockPresent(), "the lock file should still be in the CAP offer inbox");
        var row = Row(OfferInbox);
        Assert.True(row.LockPresent);
        Assert.Equal(T0, row.LockSince);
        Assert.Equal(1, row.DeleteAttempts);
        Assert.Contains(row.Alarms, a => a.Contains("lock file left in place after 1 failed delete attempt(s)"));
    }

    [Fact]
    public async Task Every_client_gives_up_after_33_retries_at_5000_ms_and_processes_no_offer()
    {
        ArrangeHeavyLegacyPolling();

        RunUntil(TimeSpan.FromMinutes(4));

        foreach (var name in ClientNames(22))
        {
            var abandoned = (await Events<OfferInboxAbandoned>($"client/{name}")).FirstOrDefault();
            Assert.True(abandoned is not null, $"{name} should have given up on the locked offer inbox");
            Assert.Equal(34, abandoned.Checks);
            Assert.Equal(TimeSpan.FromSeconds(165), abandoned.Waited);
            var checks = (await Events<LockChecked>($"client/{name}")).TakeWhile(c => c.At <= abandoned.At).ToList();
            Assert.All(checks.Zip(checks.Skip(1)), pair => Assert.Equal(TimeSpan.FromMilliseconds(5000), pair.Item2.StartedAt - pair.Item1.StartedAt));
            Assert.All(checks, c => Assert.True(c.LockFound && c.Accessible, $"{name}: every check should find the lock"));
            var report = Request<ClientReport>(new GetClientLog(name));
            Assert.Empty(report.ProcessedOffers);
            Assert.Equal("install pending (2.1)", report.ComponentStatus);
        }
    }

    [Fact]
    public void The_client_log_shows_path_reachability_lock_interval_and_outcome()
    {
        ArrangeHeavyLegacyPolling();

        RunUntil(TimeSpan.FromMinutes(4));

        var log = Request<ClientReport>(new GetClientLog("WKS01")).LogLines;
        Assert.Contains(log, l => l.Contains(@"check 2 of \\OSHER\CAP_DAN\offerinf.box: reachable, lock file \\OSHER\CAP_DAN\offerinf.box\inboxlck.tok present; checking again in 5000 ms"));
        Assert.Contains(log, l => l.Contains("gave up on") && l.Contains("after 34 checks over 2m 45s"));
        Assert.Contains(log, l => l.Contains("found no reachable, unlocked CAP offer inbox"));
    }

    [Fact]
    public void Later_cycles_meet_the_same_lock_and_the_upgrade_stays_pending()
    {
        ArrangeHeavyLegacyPolling();

        RunUntil(TimeSpan.FromMinutes(25));

        Assert.True(LockPresent(), "nothing should have removed the lock");
        var report = Request<ClientReport>(new GetClientLog("WKS05"));
        Assert.Equal("install pending (2.1)", report.ComponentStatus);
        Assert.True(report.LogLines.Count(l => l.Contains("gave up on")) >= 3, "every cycle so far should have given up");
    }
}
