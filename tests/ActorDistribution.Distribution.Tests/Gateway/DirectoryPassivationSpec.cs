using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Runtime;
using Akka.Actor;
using Akka.Persistence;

namespace ActorDistribution.Distribution.Tests.Gateway;

/// <summary>Package directories at rest stop after <c>distribution.entities.passivate-after</c> and come back on their next message, from snapshot and events.</summary>
public sealed class DirectoryPassivationSpec() : DespoolerWorld("distribution.entities.passivate-after = 2m\ndistribution.entities.snapshot-every = 3")
{
    private async Task<int> AwakeDirectories()
    {
        var region = await Sys.ActorSelection("/user/distribution-1/gateway/package-directories").ResolveOne(TimeSpan.FromSeconds(5));
        return (await region.Ask<EntityRegion.AwakeCount>(EntityRegion.GetAwakeCount.Instance, TimeSpan.FromSeconds(5))).Count;
    }

    private void Installed()
    {
        Site("CH2");
        Request<ServerView>(new AddServer("NTSRV1", "CH2"));
        Request<PackageVersionView>(new AddPackage("OFFICE97", Source("v1", ("setup.exe", "setup v1"))));
        Job("share-package-on-server", "OFFICE97", "CH2");
        Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("installed (1)", Status("OFFICE97", "NTSRV1"));
    }

    [Fact]
    public async Task An_installed_directory_stops_after_the_idle_time_and_answers_as_before_when_asked()
    {
        Installed();
        Assert.Equal(1, await AwakeDirectories());

        Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(0, await AwakeDirectories());

        Assert.Equal("installed (1)", Status("OFFICE97", "NTSRV1"));
        Assert.Equal(1, await AwakeDirectories());
    }

    [Fact]
    public async Task A_directory_waiting_for_a_retry_stays_awake()
    {
        Site("CH2", "fast", "use-forced-disconnect=off");
        Request<ServerView>(new AddServer("NTSRV1", "CH2"));
        Request<PackageVersionView>(new AddPackage("OFFICE97", Source("v1", ("setup.exe", "setup v1"))));
        Job("share-package-on-server", "OFFICE97", "CH2");
        Advance(TimeSpan.FromSeconds(1));
        HoldOpen("alice", "NTSRV1", "OFFICE97", "setup.exe");
        Request<PackageVersionView>(new UpdatePackage("OFFICE97", Source("v2", ("setup.exe", "setup v2"))));
        Job("share-package-on-server", "OFFICE97", "CH2");

        Advance(TimeSpan.FromMinutes(10));

        Assert.StartsWith("retrying", Status("OFFICE97", "NTSRV1"));
        Assert.Equal(1, await AwakeDirectories());
    }

    [Fact]
    public async Task A_directory_snapshots_every_n_events()
    {
        Installed();
        var store = Persistence.Instance.Apply(Sys).SnapshotStoreFor(null);
        var loaded = await store.Ask<LoadSnapshotResult>(new LoadSnapshot("pkgdir/NTSRV1/OFFICE97", SnapshotSelectionCriteria.Latest, long.MaxValue), TimeSpan.FromSeconds(10));

        var snapshot = Assert.IsType<PackageDirectorySnapshot>(loaded.Snapshot?.Snapshot);
        Assert.Equal(0, loaded.Snapshot!.Metadata.SequenceNr % 3);
        Assert.NotNull(snapshot.RequestsSeen.SingleOrDefault());
    }
}
