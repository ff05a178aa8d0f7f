using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Gateway;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Distribution.StuckLockRemedies;
using ActorDistribution.Distribution.Tests.Runtime;
using ActorDistribution.Hocon;
using ActorDistribution.Runtime.Time;
using ActorDistribution.Shares;
using Akka.Actor;
using Xunit.Sdk;

namespace ActorDistribution.Distribution.Tests.InboxActors;

/// <summary>
/// A real restart: the node's actor system ends and its SQLite journal is closed mid-remedy; a new node
/// opens the same file (the shares stay as they were) and the remedy goes on from the step it was in.
/// </summary>
public sealed class InboxSqliteRestartSpec : IDisposable
{
    private const string Site = "CH2";
    private const string Cap = "OSHER/CAP_DAN";
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ad-inbox-" + Guid.NewGuid().ToString("N"));
    private readonly Config _config = ConfigFactory.ParseString("distribution.inbox-manager.copy-duration = 10s", "test.conf").WithFallback(ConfigFactory.Reference());
    private readonly SwitchableClock _shareClock = new();
    private readonly InMemoryShareHost _shares;

    public InboxSqliteRestartSpec() => _shares = new InMemoryShareHost(_shareClock);

    [Fact]
    public async Task A_remedy_interrupted_while_verifying_clears_the_lock_when_planned_after_a_restart_on_sqlite()
    {
        var first = await StartNode(T0);
        Ask<CapAccepted>(first, new AddCap(Cap, Site));
        Ask<DroppedIntoSiteInbox>(first, new DropIntoSiteInbox(Site, "offerinf.box", "CH220001.ofr", [1, 2, 3]));
        Ask<InboxManagerReport>(first, new StartSiteInboxManager(Site));
        VirtualTime.AdvanceTo(first.System, T0 + TimeSpan.FromSeconds(5));
        HoldLockOpen("WKS01");
        VirtualTime.AdvanceTo(first.System, T0 + TimeSpan.FromSeconds(25));
        Assert.Equal(RemedyStep.Verifying, Ask<RemedyReport>(first, new GetRemedyStatus(Site)).Step);
        await first.DisposeAsync();

        var second = await StartNode(T0 + TimeSpan.FromSeconds(25));
        VirtualTime.AdvanceTo(second.System, T0 + TimeSpan.FromMinutes(1));

        var events = await TestNode.EventsOf(JournalPath, "stuck-lock/CH2");
        var started = Assert.Single(events.OfType<InboxManagerStartedForRemedy>());
        var cleared = Assert.Single(events.OfType<StuckLockCleared>());
        Assert.Equal(started.VerifyAt, cleared.At);
        Assert.Equal(T0 + TimeSpan.FromSeconds(30), cleared.At);
        Assert.False(_shares.GetFileInfo(CapShares.Address(Cap), "offerinf.box/inboxlck.tok").IsSuccess, "the lock should be gone");
        await second.DisposeAsync();
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    // A workstation that opened the lock file and never closes it: every delete meets it.
    private void HoldLockOpen(string user)
    {
        var session = _shares.Connect(user, CapShares.Address(Cap)).Value;
        Assert.True(_shares.OpenFile(session.Id, "offerinf.box/inboxlck.tok").IsSuccess, "the lock should be there to open");
    }

    private string JournalPath => Path.Combine(_directory, "journal.db");

    private Task<Node> StartNode(DateTimeOffset at)
    {
        var started = TestNode.Start(JournalPath, at, _config, _shares);
        _shareClock.Current = new SchedulerTimeProvider(started.System.Scheduler);
        var node = new Node(started, InboxBootstrap.Start(started.System, KnownSitesStubs.Start(started.System)));
        VirtualTime.Advance(started.System, TimeSpan.Zero);
        return Task.FromResult(node);
    }

    private static T Ask<T>(Node node, object request)
    {
        var reply = node.Gateway.Ask<object>(request, TimeSpan.FromHours(1));
        if (!reply.Wait(TimeSpan.FromSeconds(10))) throw new XunitException($"no reply to {request} within 10 s of wall time");
        return reply.Result is T typed ? typed : throw new XunitException($"expected {typeof(T).Name} in reply to {request}, got {reply.Result}");
    }

    private sealed record Node(TestNode Started, IActorRef Gateway) : IAsyncDisposable
    {
        public ActorSystem System => Started.System;

        public ValueTask DisposeAsync() => Started.DisposeAsync();
    }
}
