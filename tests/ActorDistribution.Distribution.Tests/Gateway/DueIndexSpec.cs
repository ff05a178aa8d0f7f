using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.SiteDespoolers;
using ActorDistribution.Distribution.Tests.Runtime;
using ActorDistribution.Hocon;
using ActorDistribution.Runtime.Time;
using Akka.Actor;

namespace ActorDistribution.Distribution.Tests.Gateway;

/// <summary>
/// Issue 13: package directories passivate while they wait for a retry; the due index (due-index/pkgdir) wakes each at its
/// due time, so retries still come every x and the forced copy at exactly x(y+1)+z, also when the node restarts in between.
/// </summary>
public sealed class DueIndexSpec() : SqliteNodeWorld(ConfigFactory.ParseString("distribution.entities.passivate-after = 1m", "passivation.conf").WithFallback(ConfigFactory.Reference()))
{
    private async Task<int> AwakeDirectories()
    {
        var region = await Sys.ActorSelection("/user/distribution/gateway/package-directories").ResolveOne(TimeSpan.FromSeconds(5));
        return (await region.Ask<EntityRegion.AwakeCount>(EntityRegion.GetAwakeCount.Instance, TimeSpan.FromSeconds(5))).Count;
    }

    private async Task AssertExactSchedule(DateTimeOffset t0)
    {
        var events = await DirectoryEvents();
        // The update's delivery: its first attempt at t0, ten retries x apart and the eleventh at x(y+1), which forces (v1's attempt at t0 came before them).
        var attempts = events.OfType<AttemptStarted>().TakeLast(12).Select(a => a.At - t0).ToList();
        Assert.Equal(Enumerable.Range(0, 12).Select(k => X * k), attempts);
        Assert.Equal(t0 + ForcedAt, events.OfType<PackageFilesCopied>().Last().At);
        Assert.Empty(PackageDirectoryInvariants.Check(events));
    }

    [Fact]
    public async Task A_passivated_retrying_directory_retries_at_its_due_times_and_force_copies_at_22h05m()
    {
        var t0 = await ArrangeEscalation();
        VirtualTime.Advance(Sys, TimeSpan.FromMinutes(30));
        Assert.StartsWith("retrying", await Status());
        VirtualTime.Advance(Sys, TimeSpan.FromMinutes(30));
        Assert.Equal(0, await AwakeDirectories());

        VirtualTime.Advance(Sys, ForcedAt - TimeSpan.FromMinutes(60));

        Assert.Equal("installed (2)", await Status());
        await AssertExactSchedule(t0);
        await StopNode();
    }

    [Fact]
    public async Task A_node_restarted_while_the_directory_is_passivated_in_retrying_keeps_every_due_time()
    {
        var t0 = await ArrangeEscalation();
        VirtualTime.Advance(Sys, X * 3 + TimeSpan.FromMinutes(30));
        Assert.Equal(0, await AwakeDirectories());

        await StopNode();
        await StartNode();
        VirtualTime.Advance(Sys, ForcedAt - (X * 3 + TimeSpan.FromMinutes(30)));

        Assert.Equal("installed (2)", await Status());
        await AssertExactSchedule(t0);
        var index = await TestNode.EventsOf(JournalPath, "due-index/pkgdir");
        Assert.Contains(index, e => e is DueRecorded { EntityId: "NTSRV1/OFFICE97" } recorded && recorded.DueAt == t0 + X * 4);
        await StopNode();
    }

    [Fact]
    public async Task After_a_restart_only_the_directory_with_something_due_wakes_and_it_still_force_copies_at_22h05m()
    {
        var t0 = await ArrangeEscalation();
        // A second package of the server, with no user holding its files, is installed at once and has nothing more due.
        await Request<PackageVersionView>(new AddPackage("WORD", Source("w1", "word w1")));
        await Request<JobView>(new CreateJob("share-package-on-server", "WORD", ["CH2"]));
        VirtualTime.Advance(Sys, X * 3 + TimeSpan.FromMinutes(30));
        var taken = (await TestNode.EventsOf(JournalPath, "despooler/CH2")).OfType<DispatchTaken>().ToList();
        Assert.Contains(taken, t => t.Directory == "NTSRV1/WORD");
        Assert.Contains(taken, t => t.Directory == "NTSRV1/OFFICE97");

        await StopNode();
        await StartNode();
        // The despooler sends no taken dispatch again: the installed NTSRV1/WORD stays asleep; only NTSRV1/OFFICE97 wakes, asked
        // for its outcome by its unfinished job, and sleeps again until its next retry.
        VirtualTime.Advance(Sys, TimeSpan.FromSeconds(1));
        Assert.Equal(1, await AwakeDirectories());
        VirtualTime.Advance(Sys, TimeSpan.FromMinutes(2));
        Assert.Equal(0, await AwakeDirectories());
        VirtualTime.Advance(Sys, X * 4 - (X * 3 + TimeSpan.FromMinutes(30)) - TimeSpan.FromMinutes(2));
        Assert.Equal(1, await AwakeDirectories());
        VirtualTime.Advance(Sys, ForcedAt - X * 4 - TimeSpan.FromSeconds(1));

        Assert.Equal("installed (2)", await Status());
        await AssertExactSchedule(t0);
        await StopNode();
    }
}
