using ActorDistribution.Distribution.Gateway;
using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Distribution.SiteDespoolers;
using ActorDistribution.Distribution.Tests.InboxActors;
using ActorDistribution.Distribution.Tests.Runtime;
using ActorDistribution.Hocon;
using ActorDistribution.Runtime.Time;
using ActorDistribution.Shares;
using ActorDistribution.Testing;
using Akka.Actor;

namespace ActorDistribution.Distribution.Tests.Gateway;

/// <summary>
/// Issue 13: package directories passivate while they wait for a retry; the due index (due-index/pkgdir) wakes each at its
/// due time, so retries still come every x and the forced copy at exactly x(y+1)+z, also when the node restarts in between.
/// </summary>
public sealed class DueIndexSpec : IDisposable
{
    private static readonly TimeSpan X = TimeSpan.FromMinutes(120);
    private static readonly TimeSpan ForcedAt = TimeSpan.FromMinutes(120 * 11 + 5);

    private readonly TempDirectory _directory = new();
    private readonly SwitchableClock _shareClock = new();
    private readonly InMemoryShareHost _host;
    private readonly FaultyShareHost _shares;
    private TestNode? _node;
    private DateTimeOffset _reached = VirtualScheduler.DefaultStart;
    private IActorRef _gateway = null!;

    public DueIndexSpec()
    {
        _host = new InMemoryShareHost(_shareClock);
        _shares = new FaultyShareHost(_host);
    }

    private ActorSystem _system => _node!.System;
    private VirtualScheduler _clock => _node!.Clock;
    private string JournalPath => Path.Combine(_directory.Path, "journal.db");

    // The new node's clock starts where the old one stopped, as a restarted simulation's does.
    private Task StartNode()
    {
        _node = TestNode.Start(JournalPath, _reached, ConfigFactory.ParseString("distribution.entities.passivate-after = 1m", "passivation.conf").WithFallback(ConfigFactory.Reference()), _shares);
        _shareClock.Current = new SchedulerTimeProvider(_system.Scheduler);
        _gateway = DespoolerBootstrap.Start(_system);
        VirtualTime.Advance(_system, TimeSpan.Zero);
        return Task.CompletedTask;
    }

    private async Task StopNode()
    {
        _reached = _clock.Now;
        await _node!.DisposeAsync();
    }

    private async Task<List<PackageDirectoryEvent>> DirectoryEvents() =>
        (await TestNode.EventsOf(JournalPath, "pkgdir/NTSRV1/OFFICE97")).Cast<PackageDirectoryEvent>().ToList();

    private async Task<T> Request<T>(object request)
    {
        var reply = await _gateway.Ask<object>(request, TimeSpan.FromHours(1)).WaitAsync(TimeSpan.FromSeconds(20));
        VirtualTime.Advance(_system, TimeSpan.Zero);
        return Assert.IsType<T>(reply);
    }

    private string Source(string version, string setup) => Path.GetDirectoryName(_directory.Write($"{version}/setup.exe", setup))!;

    private async Task<string> Status() => (await Request<PackageStatusView>(new PackageStatus("OFFICE97"))).Servers.Single().Status;

    private async Task<DateTimeOffset> ArrangeEscalation()
    {
        await StartNode();
        await Request<SiteView>(new AddSite("CH2", "fast"));
        await Request<SiteView>(new SetSiteSettings("CH2", ["use-forced-disconnect=on", "retries-before-forced-disconnection=10", "forced-disconnection-delay=5"]));
        await Request<ComponentView>(new ControlComponent("despooler", "pause", "CH2"));
        await Request<ComponentView>(new ControlComponent("despooler", "continue", "CH2"));
        await Request<ServerView>(new AddServer("NTSRV1", "CH2"));
        await Request<PackageVersionView>(new AddPackage("OFFICE97", Source("v1", "setup v1")));
        await Request<JobView>(new CreateJob("share-package-on-server", "OFFICE97", ["CH2"]));
        var alice = _shares.Connect("alice", new ShareAddress("NTSRV1", "OFFICE97")).Value;
        Assert.True(_shares.OpenFile(alice.Id, "setup.exe").IsSuccess);
        await Request<PackageVersionView>(new UpdatePackage("OFFICE97", Source("v2", "setup v2")));
        var t0 = _clock.Now;
        await Request<JobView>(new CreateJob("share-package-on-server", "OFFICE97", ["CH2"]));
        return t0;
    }

    private async Task<int> AwakeDirectories()
    {
        var region = await _system.ActorSelection("/user/distribution/gateway/package-directories").ResolveOne(TimeSpan.FromSeconds(5));
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
        VirtualTime.Advance(_system, TimeSpan.FromMinutes(30));
        Assert.StartsWith("retrying", await Status());
        VirtualTime.Advance(_system, TimeSpan.FromMinutes(30));
        Assert.Equal(0, await AwakeDirectories());

        VirtualTime.Advance(_system, ForcedAt - TimeSpan.FromMinutes(60));

        Assert.Equal("installed (2)", await Status());
        await AssertExactSchedule(t0);
        await StopNode();
    }

    [Fact]
    public async Task A_node_restarted_while_the_directory_is_passivated_in_retrying_keeps_every_due_time()
    {
        var t0 = await ArrangeEscalation();
        VirtualTime.Advance(_system, X * 3 + TimeSpan.FromMinutes(30));
        Assert.Equal(0, await AwakeDirectories());

        await StopNode();
        await StartNode();
        VirtualTime.Advance(_system, ForcedAt - (X * 3 + TimeSpan.FromMinutes(30)));

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
        VirtualTime.Advance(_system, X * 3 + TimeSpan.FromMinutes(30));
        var taken = (await TestNode.EventsOf(JournalPath, "despooler/CH2")).OfType<DispatchTaken>().ToList();
        Assert.Contains(taken, t => t.Directory == "NTSRV1/WORD");
        Assert.Contains(taken, t => t.Directory == "NTSRV1/OFFICE97");

        await StopNode();
        await StartNode();
        // The despooler sends no taken dispatch again: the installed NTSRV1/WORD stays asleep; only NTSRV1/OFFICE97 wakes, asked
        // for its outcome by its unfinished job, and sleeps again until its next retry.
        VirtualTime.Advance(_system, TimeSpan.FromSeconds(1));
        Assert.Equal(1, await AwakeDirectories());
        VirtualTime.Advance(_system, TimeSpan.FromMinutes(2));
        Assert.Equal(0, await AwakeDirectories());
        VirtualTime.Advance(_system, X * 4 - (X * 3 + TimeSpan.FromMinutes(30)) - TimeSpan.FromMinutes(2));
        Assert.Equal(1, await AwakeDirectories());
        VirtualTime.Advance(_system, ForcedAt - X * 4 - TimeSpan.FromSeconds(1));

        Assert.Equal("installed (2)", await Status());
        await AssertExactSchedule(t0);
        await StopNode();
    }

    public void Dispose()
    {
        _node?.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(30));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
