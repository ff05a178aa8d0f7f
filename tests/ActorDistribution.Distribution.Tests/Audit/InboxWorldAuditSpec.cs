using ActorDistribution.Distribution.Audit;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Distribution.Tests.Simulation;

namespace ActorDistribution.Distribution.Tests.Audit;

/// <summary>The audit over the journals of a whole simulated site: inbox manager, CAP inboxes, stuck-lock supervisor, clients.</summary>
public sealed class InboxWorldAuditSpec : IDisposable
{
    private readonly AuditJournal journal = new();

    public void Dispose() => journal.Dispose();

    [Fact]
    public async Task The_original_failure_leaves_locks_only_with_their_alarms_so_verify_is_clean()
    {
        var world = OriginalFailure();
        await journal.WriteAsync(Interleaved(world));

        var report = await Verify();

        Assert.True(report.IsClean, $"expected no violation, got: {string.Join("; ", report.Violations)}");
        Assert.NotEmpty(world.InboxJournal.Values.SelectMany(events => events).OfType<LockLeft>());
    }

    [Fact]
    public async Task The_original_failure_without_its_lock_alarms_is_reported_once_per_left_lock()
    {
        var world = OriginalFailure();
        var leftLocks = world.InboxJournal.Count(inbox => inbox.Value.OfType<LockLeft>().Any());
        await journal.WriteAsync(Interleaved(world).Where(entry => entry.Event is not LockLeft));

        var report = await Verify();

        Assert.Equal(leftLocks, report.Violations.Count);
        Assert.All(report.Violations, violation => Assert.Equal(AuditViolation.InboxLockLeftWithoutAlarm, violation.Rule));
    }

    [Fact]
    public async Task The_site_timeline_holds_its_manager_inboxes_and_clients()
    {
        var world = OriginalFailure();
        await journal.WriteAsync(Interleaved(world));

        await using var source = await journal.OpenAsync();
        var ids = (await Timeline.ReadAsync(source, PersistenceIds.Site(InboxWorld.Site), TimeWindow.All))
            .Select(entry => entry.PersistenceId).ToHashSet();

        Assert.Contains(PersistenceIds.InboxManager(InboxWorld.Site), ids);
        Assert.All(world.ClientJournal.Keys, name => Assert.Contains(PersistenceIds.Client(name), ids));
        Assert.All(world.InboxJournal.Where(inbox => inbox.Value.Count > 0), inbox => Assert.Contains(inbox.Key.PersistenceId, ids));
    }

    private static InboxWorld OriginalFailure()
    {
        var world = InboxScenario.HeavyLegacyPolling(deleteAttempts: 1);
        world.RunFor(TimeSpan.FromMinutes(5));
        return world;
    }

    /// <summary>All journals merged by time; at equal times the manager, then inboxes, then the supervisor, then clients, as the world ran them.</summary>
    private static IEnumerable<(string PersistenceId, object Event)> Interleaved(InboxWorld world)
    {
        var all = new List<(string Id, object Event, DateTimeOffset At, int Rank)>();
        all.AddRange(world.ManagerJournal.Select(e => (PersistenceIds.InboxManager(InboxWorld.Site), (object)e, e.At, 0)));
        all.AddRange(world.InboxJournal.SelectMany(inbox => inbox.Value.Select(e => (inbox.Key.PersistenceId, (object)e, e.At, 1))));
        all.AddRange(world.SupervisorJournal.Select(e => (PersistenceIds.StuckLockSupervisor(InboxWorld.Site), (object)e, e.At, 2)));
        all.AddRange(world.ClientJournal.SelectMany(client => client.Value.Select(e => (PersistenceIds.Client(client.Key), (object)e, e.At, 3))));
        return all.OrderBy(e => e.At).ThenBy(e => e.Rank).Select(e => (e.Id, e.Event));
    }

    private async Task<AuditReport> Verify()
    {
        await using var source = await journal.OpenAsync();
        return await InvariantChecker.VerifyAsync(source);
    }
}
