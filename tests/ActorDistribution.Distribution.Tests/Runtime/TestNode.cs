using Akka.Actor;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Hocon;
using ActorDistribution.Runtime.Hosting;
using ActorDistribution.Runtime.Persistence;
using ActorDistribution.Runtime.Time;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Tests.Runtime;

/// <summary>
/// A node for restart specs: an actor system on a virtual clock starting where the last one stopped, on a SQLite
/// journal file that outlives it (Akka.Persistence.Sql's tables), with a share host that outlives it too.
/// </summary>
internal sealed class TestNode : IAsyncDisposable
{
    private readonly string _journalPath;
    private bool _stopped;

    private TestNode(ActorSystem system, string journalPath)
    {
        System = system;
        _journalPath = journalPath;
    }

    public ActorSystem System { get; }
    public VirtualScheduler Clock => VirtualTime.Clock(System);

    /// <param name="config">The node's configuration; its persistence section is pointed at <paramref name="journalPath"/>.</param>
    public static TestNode Start(string journalPath, DateTimeOffset at, Config config, IShareHost shares)
    {
        var withJournal = ConfigFactory.ParseString($"persistence.sqlite.path = \"{journalPath}\"", "test-journal.conf").WithFallback(config);
        var system = RuntimeActorSystem.Create("node", withJournal, at);
        DistributionRuntime.Register(system, new DistributionRuntime(withJournal, shares));
        return new TestNode(system, journalPath);
    }

    /// <summary>Every event of one entity in the journal file, read without a node (as the audit reads it).</summary>
    public static async Task<IReadOnlyList<object>> EventsOf(string journalPath, string persistenceId)
    {
        var codec = DistributionEvents.Codec();
        var rows = await new JournalReader(JournalSettings.ForSqlite(journalPath)).ReadEventsAsync(persistenceId);
        return rows.Select(row => codec.Deserialize(row.Manifest, row.Payload)).ToList();
    }

    /// <summary>Settles and terminates, as a node shutting down would; the file is then free for the next node.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopped) return;
        _stopped = true;
        VirtualTime.Settle(System);
        await System.Terminate();
        SqliteJournal.Release(_journalPath);
    }
}
