using ActorDistribution.Distribution.Gateway;
using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Distribution.Tests.InboxActors;
using ActorDistribution.Distribution.Tests.Runtime;
using ActorDistribution.Hocon;
using ActorDistribution.Runtime.Time;
using ActorDistribution.Shares;
using ActorDistribution.Testing;
using Akka.Actor;

namespace ActorDistribution.Distribution.Tests.Gateway;

/// <summary>
/// Specs that stop and start a whole node on one SQLite journal mid-escalation: each node a new actor system on the virtual
/// clock, the share host outliving them all. <see cref="ArrangeEscalation"/> leaves OFFICE97's update retrying on NTSRV1 (CH2:
/// forced disconnect after 10 retries, 5 minutes' warning) because alice holds setup.exe open.
/// </summary>
public abstract class SqliteNodeWorld : IDisposable
{
    protected static readonly TimeSpan X = TimeSpan.FromMinutes(120);
    protected static readonly TimeSpan ForcedAt = TimeSpan.FromMinutes(120 * 11 + 5);

    private readonly TempDirectory _directory = new();
    private readonly SwitchableClock _shareClock = new();
    private readonly Config _config;
    private TestNode? _node;
    private DateTimeOffset _reached = VirtualScheduler.DefaultStart;
    private IActorRef _gateway = null!;

    protected SqliteNodeWorld(Config config)
    {
        _config = config;
        Host = new InMemoryShareHost(_shareClock);
        Shares = new FaultyShareHost(Host);
    }

    private protected InMemoryShareHost Host { get; }
    private protected FaultyShareHost Shares { get; }
    protected ActorSystem Sys => _node!.System;
    protected VirtualScheduler Clock => _node!.Clock;
    protected string JournalPath => Path.Combine(_directory.Path, "journal.db");

    // The new node's clock starts where the old one stopped, as a restarted simulation's does.
    protected Task StartNode()
    {
        _node = TestNode.Start(JournalPath, _reached, _config, Shares);
        _shareClock.Current = new SchedulerTimeProvider(Sys.Scheduler);
        _gateway = DespoolerBootstrap.Start(Sys);
        VirtualTime.Advance(Sys, TimeSpan.Zero);
        return Task.CompletedTask;
    }

    protected async Task StopNode()
    {
        _reached = Clock.Now;
        await _node!.DisposeAsync();
    }

    private protected async Task<List<PackageDirectoryEvent>> DirectoryEvents() =>
        (await TestNode.EventsOf(JournalPath, "pkgdir/NTSRV1/OFFICE97")).Cast<PackageDirectoryEvent>().ToList();

    protected async Task<T> Request<T>(object request)
    {
        var reply = await _gateway.Ask<object>(request, TimeSpan.FromHours(1)).WaitAsync(TimeSpan.FromSeconds(20));
        VirtualTime.Advance(Sys, TimeSpan.Zero);
        return Assert.IsType<T>(reply);
    }

    private protected string Source(string version, string setup) => Path.GetDirectoryName(_directory.Write($"{version}/setup.exe", setup))!;

    protected async Task<string> Status() => (await Request<PackageStatusView>(new PackageStatus("OFFICE97"))).Servers.Single().Status;

    /// <summary>Starts the first node and arranges the escalation; returns t0, when the update's job was created.</summary>
    protected async Task<DateTimeOffset> ArrangeEscalation()
    {
        await StartNode();
        await Request<SiteView>(new AddSite("CH2", "fast"));
        await Request<SiteView>(new SetSiteSettings("CH2", ["use-forced-disconnect=on", "retries-before-forced-disconnection=10", "forced-disconnection-delay=5"]));
        await Request<ComponentView>(new ControlComponent("despooler", "pause", "CH2"));
        await Request<ComponentView>(new ControlComponent("despooler", "continue", "CH2"));
        await Request<ServerView>(new AddServer("NTSRV1", "CH2"));
        await Request<PackageVersionView>(new AddPackage("OFFICE97", Source("v1", "setup v1")));
        await Request<JobView>(new CreateJob("share-package-on-server", "OFFICE97", ["CH2"]));
        var alice = Shares.Connect("alice", new ShareAddress("NTSRV1", "OFFICE97")).Value;
        Assert.True(Shares.OpenFile(alice.Id, "setup.exe").IsSuccess);
        await Request<PackageVersionView>(new UpdatePackage("OFFICE97", Source("v2", "setup v2")));
        var t0 = Clock.Now;
        await Request<JobView>(new CreateJob("share-package-on-server", "OFFICE97", ["CH2"]));
        return t0;
    }

    public void Dispose()
    {
        _node?.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(30));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
