using ActorDistribution.Actors.Time;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Hocon;
using ActorDistribution.Persistence;
using ActorDistribution.Persistence.Actor;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Tests.Runtime;

/// <summary>
/// Domain actors on a SQLite journal in a test's own folder, on a virtual clock, that a test can kill
/// (abandon the actor system, close the journal) and start again on the same file at the same time,
/// as a node that crashed and was restarted. The share host is the file server: it outlives restarts.
/// </summary>
public sealed class RestartableDistribution : IAsyncDisposable
{
    private readonly string _journalPath;
    private readonly Config _config;

    private RestartableDistribution(string journalPath, Config config, IShareHost shares, VirtualScheduler clock)
    {
        _journalPath = journalPath;
        _config = config;
        Shares = shares;
        Clock = clock;
    }

    public IShareHost Shares { get; }
    public VirtualScheduler Clock { get; private set; }
    public ActorSystem System { get; private set; } = null!;
    public IPersistenceStore Store { get; private set; } = null!;

    /// <summary>How many times the node was started (1 after <see cref="StartAsync"/>).</summary>
    public int Starts { get; private set; }

    public static async Task<RestartableDistribution> StartAsync(string folder, Config? config = null, IShareHost? shares = null)
    {
        var clock = new VirtualScheduler();
        var follower = new FollowingClock();
        var world = new RestartableDistribution(Path.Combine(folder, "journal.db"), config ?? ConfigFactory.Reference(), shares ?? new InMemoryShareHost(follower), clock);
        follower.World = world;
        await world.OpenAsync();
        return world;
    }

    /// <summary>Moves virtual time: due timers fire in order and the actors settle after each.</summary>
    public void Advance(TimeSpan by) => VirtualTime.Advance(System, by);

    /// <summary>Abandons the running actors without a graceful stop, closes the journal, and starts again on the same file and time.</summary>
    public async Task KillAndRestartAsync()
    {
        var now = Clock.UtcNow;
        await Store.DisposeAsync();
        Clock = new VirtualScheduler(now);  // the abandoned system's timers stay on the old clock and never fire
        await OpenAsync();
    }

    private async Task OpenAsync()
    {
        Store = await PersistenceStores.OpenSqliteAsync(_journalPath, DistributionEvents.Serializer(), Clock);
        System = ActorSystem.Create($"restartable-{++Starts}", new ActorSystemOptions { Scheduler = Clock });
        PersistenceExtension.Register(System, Store);
        DistributionRuntime.Register(System, new DistributionRuntime(_config, Shares));
    }

    /// <summary>The share host reads the current node's clock, whichever start it is.</summary>
    private sealed class FollowingClock : IClock
    {
        public RestartableDistribution? World;
        public DateTimeOffset UtcNow => World!.Clock.UtcNow;
    }

    public async ValueTask DisposeAsync()
    {
        await System.Terminate().WaitAsync(TimeSpan.FromSeconds(10));
        await Store.DisposeAsync();
    }
}
