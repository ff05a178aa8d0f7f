using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.Requests;

namespace ActorDistribution.Distribution.Tests.Gateway;

/// <summary>Copy failures reach the package directory as messages, are retried after x up to max-retries (1 here), then fail with a clear reason.</summary>
public sealed class CopyFailureSpec() : DespoolerWorld("distribution.despooler.max-retries = 1")
{
    private static readonly TimeSpan X = TimeSpan.FromMinutes(120);

    private string SiteWithServerAndPackage()
    {
        Site("CH2");
        Request<ServerView>(new AddServer("NTSRV1", "CH2"));
        var source = Source("v1", ("data/readme.txt", "readme v1"), ("setup.exe", "setup v1"));
        Request<PackageVersionView>(new AddPackage("OFFICE97", source));
        return source;
    }

    [Fact]
    public void A_source_file_gone_at_copy_time_fails_the_delivery_as_source_missing()
    {
        var source = SiteWithServerAndPackage();
        File.Delete(Path.Combine(source, "setup.exe"));

        Job("share-package-on-server", "OFFICE97", "CH2");
        Assert.Equal("retrying (retry 1 of 1, next at 2026-01-01 02:00 UTC, partly updated: 1 of 2 files copied)", Status("OFFICE97", "NTSRV1"));
        Advance(X);

        Assert.Equal("failed (source missing: setup.exe of version 1; partly updated: 1 of 2 files copied)", Status("OFFICE97", "NTSRV1"));
        Assert.Equal("failed", Request<JobView>(new ShowJob("1")).Status);
    }

    [Fact]
    public void A_full_disk_fails_the_delivery_as_disk_full()
    {
        SiteWithServerAndPackage();
        Faults.DiskFull = true;

        Job("share-package-on-server", "OFFICE97", "CH2");
        Advance(X);

        Assert.StartsWith("failed (disk full writing data/readme.txt", Status("OFFICE97", "NTSRV1"));
    }

    [Fact]
    public void A_file_locked_mid_copy_stops_the_copy_leaving_a_partial_update_and_a_later_attempt_completes_it()
    {
        SiteWithServerAndPackage();
        Job("share-package-on-server", "OFFICE97", "CH2");
        var (session, _) = HoldOpen("alice", "NTSRV1", "OFFICE97", "setup.exe");
        Request<PackageVersionView>(new UpdatePackage("OFFICE97", Source("v2", ("data/readme.txt", "readme v2"), ("setup.exe", "setup v2"))));

        Job("share-package-on-server", "OFFICE97", "CH2");

        Assert.Equal("retrying (retry 1 of 1, next at 2026-01-01 02:00 UTC, partly updated: 1 of 2 files copied)", Status("OFFICE97", "NTSRV1"));
        Assert.Equal("readme v2", Content("NTSRV1", "OFFICE97", "data/readme.txt"));
        Assert.Equal("setup v1", Content("NTSRV1", "OFFICE97", "setup.exe"));
        Shares.Disconnect(session);
        Advance(X);
        Assert.Equal("installed (2)", Status("OFFICE97", "NTSRV1"));
        Assert.Equal("setup v2", Content("NTSRV1", "OFFICE97", "setup.exe"));
    }

    [Fact]
    public async Task A_source_changed_after_the_version_was_taken_fails_the_sha256_check()
    {
        var source = SiteWithServerAndPackage();
        File.WriteAllText(Path.Combine(source, "setup.exe"), "setup vX");

        Job("share-package-on-server", "OFFICE97", "CH2");

        var failed = (await EventsOf("pkgdir/NTSRV1/OFFICE97")).OfType<AttemptFailed>().Single();
        Assert.StartsWith("copy check: SHA-256 mismatch on setup.exe", failed.Reason);
    }
}
