using ActorDistribution.Actors;
using ActorDistribution.Actors.Logging;
using ActorDistribution.Actors.Time;
using ActorDistribution.Distribution.Gateway;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Hocon;
using ActorDistribution.Persistence;
using ActorDistribution.Persistence.Actor;
using ActorDistribution.Shares;

namespace ActorDistribution.Node;

/// <summary>
/// One backend node in this process: the actor system on its clock, the journal, the share host and
/// the domain actors. The HTTP API and the embedded shell both drive it through <see cref="Commands"/>.
/// </summary>
public sealed class DistributionNode : IAsyncDisposable
{
    private readonly IPersistenceStore _store;
    private int _stopped;

    private DistributionNode(Config config, NodeSettings settings, ActorSystem system, IPersistenceStore store, IShareHost shares)
    {
        Config = config;
        Settings = settings;
        System = system;
        _store = store;
        Shares = shares;
        Inboxes = InboxBootstrap.Start(system);
        Despooler = DespoolerBootstrap.Start(system);
        Commands = new NodeCommands(this);
    }

    public Config Config { get; }
    public NodeSettings Settings { get; }
    public ActorSystem System { get; }
    public IShareHost Shares { get; }
    public NodeCommands Commands { get; }

    /// <summary>The despooler side's entry actor (sites, servers, packages, jobs, package directories).</summary>
    public IActorRef Despooler { get; }

    /// <summary>The inbox side's entry actor (CAPs, inboxes, inbox managers, clients, stuck-lock supervisors).</summary>
    public IActorRef Inboxes { get; }
    public IScheduler Clock => System.Scheduler;

    public static async Task<DistributionNode> StartAsync(Config config, CancellationToken cancellationToken = default)
    {
        var settings = NodeSettings.From(config);
        var logger = LoggingConfiguration.CreateLogger(config);
        // The store stamps events from the clock, and a simulation's clock resumes from the store: the clock reads through a holder.
        var clockHolder = new ClockHolder();
        var serializer = DistributionEvents.Serializer().Register<SimulationClockMoved>();
        var store = await PersistenceConfiguration.OpenAsync(config, serializer, clockHolder, cancellationToken).ConfigureAwait(false);
        IScheduler clock = settings.VirtualClock
            ? new VirtualScheduler(await SimulationClock.ResumeAsync(store, cancellationToken).ConfigureAwait(false))
            : new WallClockScheduler();
        clockHolder.Clock = clock;
        var shares = new LocalDiskShareHost(settings.SharesRoot, clock, new ShareHostOptions { ServiceAccount = settings.ServiceAccount });
        var system = ActorSystem.Create(settings.Name, new ActorSystemOptions
        {
            Scheduler = clock,
            Throughput = config.GetInt("actor-system.throughput"),
            Logger = logger,
        });
        PersistenceExtension.Register(system, store);
        DistributionRuntime.Register(system, new DistributionRuntime(config, shares));
        return new DistributionNode(config, settings, system, store, shares);
    }

    /// <summary>Moves a simulation's virtual clock and records the time reached (simulation mode only).</summary>
    public Task AdvanceClockAsync(TimeSpan by, CancellationToken cancellationToken = default)
        => SimulationClock.AdvanceAsync(System, _store, by, cancellationToken);

    private sealed class ClockHolder : IClock
    {
        public IClock? Clock;
        public DateTimeOffset UtcNow => (Clock ?? throw new InvalidOperationException("The node's clock is not set yet.")).UtcNow;
    }

    /// <summary>Stops the actors (their in-flight writes finish first), then closes the journal.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        await System.Terminate().WaitAsync(Settings.ShutdownTimeout).ConfigureAwait(false);
        await _store.DisposeAsync().ConfigureAwait(false);
    }
}
