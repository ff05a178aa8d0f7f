using ActorDistribution.Distribution.Gateway;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Hocon;
using ActorDistribution.Node.Cluster;
using ActorDistribution.Runtime.Hosting;
using ActorDistribution.Runtime.Logging;
using ActorDistribution.Runtime.Persistence;
using ActorDistribution.Runtime.Time;
using ActorDistribution.Shares;
using ActorDistribution.Shares.Remote;
using Akka.Actor;
using Akka.Persistence.Sql;
using Serilog;

namespace ActorDistribution.Node;

/// <summary>
/// One backend node in this process: the actor system on its clock, the journal, the share host and
/// the domain actors. The HTTP API and the embedded shell both drive it through <see cref="Commands"/>.
/// </summary>
public sealed class DistributionNode : IAsyncDisposable
{
    private readonly IActorRef? _clock;
    private JournalLock? _journalLock;
    private int _stopped;

    private DistributionNode(Config config, NodeSettings settings, ActorSystem system, IActorRef? clock, IShareHost shares, ClusterSettings cluster)
    {
        Config = config;
        Settings = settings;
        System = system;
        _clock = clock;
        Shares = shares;
        Cluster = cluster;
        if (cluster.Enabled)
            (Despooler, Inboxes) = ClusterBootstrap.Start(system, cluster);
        else
        {
            Despooler = DespoolerBootstrap.Start(system);
            Inboxes = InboxBootstrap.Start(system, Despooler);
        }
        Commands = new NodeCommands(this);
    }

    /// <summary>The cluster section; when enabled this node is a member and its gateways are the cluster's singletons.</summary>
    public ClusterSettings Cluster { get; }

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

    /// <param name="servesHttp">This node will serve its HTTP API: the journal lock names its URL, so a second process can say where to connect.</param>
    /// <exception cref="JournalInUseException">another live process owns the embedded journal.</exception>
    public static async Task<DistributionNode> StartAsync(Config config, CancellationToken cancellationToken = default, bool servesHttp = false)
    {
        var settings = NodeSettings.From(config);
        // One process owns an embedded journal: refuse a second one before anything starts.
        var journal = JournalSettings.FromConfig(config);
        var journalLock = journal.Kind == JournalKind.Sqlite
            ? JournalLock.Acquire(journal.SqlitePath!, servesHttp ? $"http://{settings.HttpHost}:{settings.HttpPort}" : null)
            : null;
        try
        {
            var node = await StartOnAsync(config, settings).ConfigureAwait(false);
            node._journalLock = journalLock;
            return node;
        }
        catch
        {
            journalLock?.Dispose();
            throw;
        }
    }

    private static async Task<DistributionNode> StartOnAsync(Config config, NodeSettings settings)
    {
        // Akka.Logger.Serilog writes to Serilog's global logger: the node's own configuration becomes it.
        var logClock = new LogClock();
        Log.Logger = LoggingConfiguration.CreateLogger(config, logClock);
        var cluster = ClusterSettings.From(config);
        if (cluster.Enabled && settings.VirtualClock)
            throw new ArgumentException("cluster.enabled is on with clock.mode = virtual; a cluster runs on the wall clock.");
        var system = RuntimeActorSystem.Create(settings.Name, config, cluster.Enabled ? cluster.ToAkkaConfig(settings.Name) : null,
            settings.VirtualClock ? SimulationClock.Epoch : null, typeof(SimulationClockMoved).Assembly.GetName().Name!);
        // Raw HOCON: the plugin must be loaded before sharding's coordinator looks for its journal.
        if (cluster.Enabled) SqlPersistence.Get(system);
        // In simulation mode the log lines carry the virtual time, the wall time after it in brackets.
        if (VirtualTime.IsVirtual(system)) logClock.UseVirtual(() => system.Scheduler.Now);
        try
        {
            var shares = CreateShareHost(settings, system);
            DistributionRuntime.Register(system, new DistributionRuntime(config, shares));
            // A simulation goes on at the time it had reached, before any domain actor arms a timer.
            var clock = settings.VirtualClock ? await SimulationClock.ResumeAsync(system, settings.AskTimeout).ConfigureAwait(false) : null;
            return new DistributionNode(config, settings, system, clock, shares, cluster);
        }
        catch
        {
            await system.Terminate().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The share host the configuration chooses: in this process (the shell's default) or an adfileserver over HTTP.</summary>
    private static IShareHost CreateShareHost(NodeSettings settings, ActorSystem system)
    {
        if (settings.SharesHost == "embedded")
            return new LocalDiskShareHost(settings.SharesRoot, new SchedulerTimeProvider(system.Scheduler),
                new ShareHostOptions { ServiceAccount = settings.ServiceAccount });
        if (!Uri.TryCreate(settings.SharesRemoteUrl, UriKind.Absolute, out var url))
            throw new ArgumentException($"shares.remote.url is '{settings.SharesRemoteUrl}'; expected an absolute http(s) address of an adfileserver.");
        var log = Log.ForContext<DistributionNode>();
        return new RemoteShareHost(new RemoteShareHostOptions
        {
            BaseAddress = url,
            Token = settings.SharesRemoteToken,
            ServiceAccount = settings.ServiceAccount,
            Timeout = settings.SharesRemoteTimeout,
            Retries = settings.SharesRemoteRetries,
            Log = text => log.Warning("{ShareHostProblem}", text),
        });
    }

    /// <summary>Moves a simulation's virtual clock and records the time reached (simulation mode only).</summary>
    public Task AdvanceClockAsync(TimeSpan by, CancellationToken cancellationToken = default)
        => SimulationClock.AdvanceAsync(System, _clock ?? throw new InvalidOperationException("This node runs on the wall clock."), by, Settings.AskTimeout);

    /// <summary>Stops the actors; in a simulation they settle first, so no write is left in flight.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        if (Settings.VirtualClock) VirtualTime.Settle(System);
        try
        {
            await System.Terminate().WaitAsync(Settings.ShutdownTimeout).ConfigureAwait(false);
            (Shares as IDisposable)?.Dispose();
        }
        finally
        {
            _journalLock?.Dispose();
        }
    }
}
