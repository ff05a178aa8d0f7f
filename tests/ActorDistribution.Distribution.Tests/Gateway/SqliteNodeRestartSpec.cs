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

/// <summary>A real restart: the actor system is terminated mid-escalation and a new one starts on the same SQLite journal.</summary>
public sealed class SqliteNodeRestartSpec : IDisposable
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

    public SqliteNodeRestartSpec()
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
        _node = TestNode.Start(JournalPath, _reached, ConfigFactory.Reference(), _shares);
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

    [Fact]
    public async Task A_node_restarted_after_the_warning_disconnects_and_copies_at_22h05m()
    {
        var t0 = await ArrangeEscalation();
        VirtualTime.Advance(_system, X * 11 + TimeSpan.FromMinutes(1));
        Assert.StartsWith("warning-sent", await Status());

        await StopNode();
        await StartNode();
        Assert.StartsWith("warning-sent", await Status());
        VirtualTime.Advance(_system, TimeSpan.FromMinutes(4));

        Assert.Equal("installed (2)", await Status());
        var events = await DirectoryEvents();
        Assert.Equal(t0 + ForcedAt, events.OfType<PackageFilesCopied>().Last().At);
        Assert.Empty(PackageDirectoryInvariants.Check(events));
        Assert.Equal(AccessState.Open, _shares.GetAccessState(new ShareAddress("NTSRV1", "OFFICE97")).Value);
        await StopNode();
    }

    [Fact]
    public async Task A_node_restarted_while_access_is_revoked_warns_once_then_delivers_and_restores_access()
    {
        await ArrangeEscalation();
        _shares.MessagingDown = true;  // the warning cannot go out: the escalation rests with access revoked
        VirtualTime.Advance(_system, X * 11 + TimeSpan.FromMinutes(1));
        Assert.Equal("access-revoked", await Status());
        Assert.Equal(AccessState.Revoked, _shares.GetAccessState(new ShareAddress("NTSRV1", "OFFICE97")).Value);

        await StopNode();
        _shares.MessagingDown = false;
        await StartNode();
        VirtualTime.Advance(_system, TimeSpan.FromMinutes(2));
        Assert.StartsWith("warning-sent", await Status());
        VirtualTime.Advance(_system, TimeSpan.FromMinutes(5));

        Assert.Equal("installed (2)", await Status());
        Assert.Single(_host.Messages("alice"), m => m.Text.Contains("about to be updated"));
        Assert.Equal(AccessState.Open, _shares.GetAccessState(new ShareAddress("NTSRV1", "OFFICE97")).Value);
        var events = await DirectoryEvents();
        Assert.Empty(PackageDirectoryInvariants.Check(events));
        await StopNode();
    }

    public void Dispose()
    {
        _node?.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(30));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
