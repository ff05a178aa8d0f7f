using ActorDistribution.Distribution.Requests;

namespace ActorDistribution.Distribution.Tests.Gateway;

/// <summary>A job is driven by its target site's settings as loaded by that site's despooler, never by the source site's.</summary>
public sealed class TargetSiteSettingsSpec : DespoolerWorld
{
    private static readonly TimeSpan X = TimeSpan.FromMinutes(120);
    private static readonly TimeSpan ForcedAt = X + TimeSpan.FromMinutes(5);  // y = 0, z = 5

    private void SitesAndPackage(bool forcingAtSource, bool forcingAtTarget)
    {
        Site("SRC", "fast", $"use-forced-disconnect={(forcingAtSource ? 1 : 0)}", "retries-before-forced-disconnection=0");
        Site("TGT", "fast", $"use-forced-disconnect={(forcingAtTarget ? 1 : 0)}", "retries-before-forced-disconnection=0");
        Request<ServerView>(new AddServer("NTSRV9", "TGT"));
        Request<PackageVersionView>(new AddPackage("OFFICE97", Source("v1", ("setup.exe", "setup v1"))));
        Request<JobView>(new CreateJob("share-package-on-server", "OFFICE97", ["TGT"], SourceSite: "SRC"));
        HoldOpen("alice", "NTSRV9", "OFFICE97", "setup.exe");
        Request<PackageVersionView>(new UpdatePackage("OFFICE97", Source("v2", ("setup.exe", "setup v2"))));
    }

    [Fact]
    public void A_job_from_a_forcing_site_to_a_site_that_does_not_force_never_forces()
    {
        SitesAndPackage(forcingAtSource: true, forcingAtTarget: false);

        var job = Request<JobView>(new CreateJob("share-package-on-server", "OFFICE97", ["TGT"], SourceSite: "SRC"));
        Advance(ForcedAt + X);

        Assert.Equal("SRC", job.SourceSite);
        Assert.Equal("retrying (retry 3 of 12, next at 2026-01-01 06:00 UTC)", Status("OFFICE97", "NTSRV9"));
        Assert.Empty(MessagesOf("alice"));
    }

    [Fact]
    public void A_job_from_a_site_that_does_not_force_to_a_forcing_site_forces()
    {
        SitesAndPackage(forcingAtSource: false, forcingAtTarget: true);

        Request<JobView>(new CreateJob("share-package-on-server", "OFFICE97", ["TGT"], SourceSite: "SRC"));
        Advance(ForcedAt);

        Assert.Equal("installed (2)", Status("OFFICE97", "NTSRV9"));
        Assert.Equal(3, MessagesOf("alice").Count);
    }

    [Fact]
    public void A_removal_never_forces_even_at_a_forcing_site()
    {
        SitesAndPackage(forcingAtSource: false, forcingAtTarget: true);

        Request<JobView>(new CreateJob("remove-package-from-server", "OFFICE97", ["TGT"]));
        Advance(ForcedAt + X);

        Assert.Equal("retrying (retry 3 of 12, next at 2026-01-01 06:00 UTC)", Status("OFFICE97", "NTSRV9"));
        Assert.Equal("setup v1", Content("NTSRV9", "OFFICE97", "setup.exe"));
        Assert.Empty(MessagesOf("alice"));
    }
}
