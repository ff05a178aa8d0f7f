using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.Runtime;

namespace ActorDistribution.Distribution.Tests.Despooler;

/// <summary>A package directory recovered from a snapshot (as the journal stores it) plus the later events ends where a replay of every event ends.</summary>
public sealed class SnapshotRecoverySpec
{
    [Fact]
    public void Recovery_from_a_snapshot_taken_after_any_event_and_the_events_after_it_yields_the_same_state()
    {
        var driver = new PackageDirectoryDriver();
        driver.AddVersion("1", ("setup.exe", "setup v1"));
        driver.AddVersion("2", ("setup.exe", "setup v2"));
        driver.Install("1", TargetSite.Forcing(retries: 3, delayMinutes: 5));
        driver.RunToEnd();
        driver.HoldOpen("alice", "setup.exe");
        driver.Install("2", TargetSite.Forcing(retries: 3, delayMinutes: 5));
        driver.RunToEnd();
        var codec = DistributionEvents.Codec();
        var full = StateSnapshot.Of(driver.State);
        Assert.Equal("installed (2)", driver.State.Status.Display);

        for (var taken = 0; taken < driver.Events.Count; taken++)
        {
            var (manifest, json) = codec.Serialize(new PackageDirectorySnapshot(driver.StatesAfterEachEvent[taken], [], []));
            var stored = Assert.IsType<PackageDirectorySnapshot>(codec.Deserialize(manifest, json));
            var recovered = driver.Events.Skip(taken + 1).Aggregate(stored.State, PackageDirectoryEscalation.Evolve);

            Assert.True(full == StateSnapshot.Of(recovered), $"recovery from the snapshot after event {taken + 1} ({driver.Events[taken].GetType().Name}) differs");
        }
    }

    [Fact]
    public void A_snapshot_keeps_the_settled_jobs_and_seen_requests_beside_the_state()
    {
        var codec = DistributionEvents.Codec();
        var at = DateTimeOffset.Parse("2026-01-01T02:00:00Z");
        var snapshot = new PackageDirectorySnapshot(PackageDirectoryState.Initial,
            [new SettledDelivery("3", new TargetOutcome(TargetOutcomeKind.Installed, "2"))], [new SeenRequest(at, "2", "3")]);

        var (manifest, json) = codec.Serialize(snapshot);
        var back = Assert.IsType<PackageDirectorySnapshot>(codec.Deserialize(manifest, json));

        Assert.Equal("despooler.directory-snapshot.v1", manifest);
        Assert.Equal(snapshot.Settled.Single(), back.Settled.Single());
        Assert.Equal(snapshot.RequestsSeen.Single(), back.RequestsSeen.Single());
    }
}
