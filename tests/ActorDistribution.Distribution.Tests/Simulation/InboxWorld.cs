using System.Text;
using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Distribution.StuckLockRemedies;
using ActorDistribution.Hocon;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Tests.Simulation;

/// <summary>
/// Plays the future thin actors of the inbox side, synchronously: it performs each core's pending
/// effect against an in-memory share host, feeds the result back through Decide/Evolve, routes
/// the notifications between cores, and jumps the virtual clock to the next due time. At equal due
/// times the manager, then inboxes, then the supervisor, then clients (by name) go first.
/// </summary>
internal sealed partial class InboxWorld
{
    public const string Site = "CH2";

    private readonly Dictionary<CapInbox, DateTimeOffset> _copyFinishesAt = [];
    private readonly Dictionary<string, SessionId> _legacySessions = new(StringComparer.OrdinalIgnoreCase);

    public InboxWorld(Config config, IReadOnlyList<string>? caps = null, TimeSpan? copyDuration = null)
    {
        Clock = new ManualClock(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        Start = Clock.Now;
        Host = new InMemoryShareHost(Clock);
        ManagerSettings = InboxManagerSettings.From(config);
        ClientSettings = ClientSettings.From(config);
        StuckLockSettings = StuckLockSettings.From(config);
        Caps = caps ?? ["OSHER/CAP_DAN"];
        CopyDuration = copyDuration ?? TimeSpan.FromSeconds(10);
        SiteServer = SiteServerShares.Inboxes(Site);
        Manager = InboxManager.Initial(Site);
        Supervisor = StuckLockSupervisor.Initial(Site);

        Check(Host.CreateShare(SiteServer));
        foreach (var inbox in ManagerSettings.Inboxes) Check(Host.CreateDirectory(SiteServer, inbox));
        foreach (var cap in Caps)
        {
            Check(Host.CreateShare(Share(cap)));
            foreach (var inbox in ManagerSettings.Inboxes)
            {
                Check(Host.CreateDirectory(Share(cap), inbox));
                Inboxes[new CapInbox(cap, inbox)] = Inbox.Initial(new CapInbox(cap, inbox));
                InboxJournal[new CapInbox(cap, inbox)] = [];
            }
        }
    }

    public ManualClock Clock { get; }

    public DateTimeOffset Start { get; }

    public InMemoryShareHost Host { get; }

    public InboxManagerSettings ManagerSettings { get; }

    public ClientSettings ClientSettings { get; }

    public StuckLockSettings StuckLockSettings { get; }

    public IReadOnlyList<string> Caps { get; }

    /// <summary>How long copying an update's files takes; the lock is in place meanwhile.</summary>
    public TimeSpan CopyDuration { get; }

    public ShareAddress SiteServer { get; }

    public DateTimeOffset Now => Clock.Now;

    public InboxManagerState Manager { get; private set; }

    public List<InboxManagerEvent> ManagerJournal { get; } = [];

    public Dictionary<CapInbox, InboxState> Inboxes { get; } = [];

    public Dictionary<CapInbox, List<InboxEvent>> InboxJournal { get; } = [];

    public SortedDictionary<string, ClientState> Clients { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, List<ClientEvent>> ClientJournal { get; } = new(StringComparer.OrdinalIgnoreCase);

    public StuckLockState Supervisor { get; private set; }

    public List<StuckLockEvent> SupervisorJournal { get; } = [];

    /// <summary>Every force-close performed, with the CAP inboxes the manager was writing at that moment.</summary>
    public List<(DateTimeOffset At, string Cap, IReadOnlyList<CapInbox> ManagerWriting)> ForceCloses { get; } = [];

    public static ShareAddress Share(string cap) => CapShares.Address(cap);

    public string LockPath(string inbox) => CapPaths.LockPath(inbox, ManagerSettings.LockFile);

    public bool LockPresent(string cap, string inbox) => Host.GetFileInfo(Share(cap), LockPath(inbox)).IsSuccess;

    public void DropIntoSiteInbox(string inbox, string file, string content)
        => Check(Host.WriteFile(SiteServer, inbox + "/" + file, Encoding.UTF8.GetBytes(content)));

    public void StartManager() => ToManager(ActorDistribution.Distribution.InboxManagers.StartInboxManager.With(Now, ManagerSettings));

    public void WatchLocks(StuckLockRules? rules = null)
        => ToSupervisor(new WatchLocks(Now, rules ?? StuckLockRules.From(StuckLockSettings, ManagerSettings)));

    public void AddClient(string name, ClientMode mode, DateTimeOffset firstCycleAt)
    {
        Clients[name] = Client.Initial(name);
        ClientJournal[name] = [];
        ToClient(name, new RegisterClient(Now, Site, ClientSettings with { Mode = mode }, ManagerSettings.LockFile, FirstCycleAt: firstCycleAt));
    }

    public void AssignUpgrade(string version, string installer)
    {
        foreach (var name in Clients.Keys.ToList()) ToClient(name, new AssignComponentUpgrade(Now, version, installer));
    }

    /// <summary>A restarted supervisor actor: its state rebuilt from its journal alone.</summary>
    public void RecoverSupervisor() => Supervisor = StuckLockSupervisor.Replay(Site, SupervisorJournal);

    public void RunFor(TimeSpan span) => RunUntil(Now + span);

    public void RunUntil(DateTimeOffset target)
    {
        for (var performed = 0; performed < 5_000_000; performed++)
        {
            var step = NextStep();
            if (step is null || step.DueAt > target)
            {
                Clock.AdvanceTo(target);
                return;
            }
            if (step.DueAt > Now) Clock.AdvanceTo(step.DueAt);
            step.Perform();
        }
        throw new InvalidOperationException("the simulation did not settle: too many steps");
    }

    private SimulatedStep? NextStep()
    {
        var steps = new List<SimulatedStep>();
        if (InboxManager.Next(Manager) is { } compare) steps.Add(new SimulatedStep("manager", compare.DueAt, () => Compare(compare.ClearLeftLocks)));
        foreach (var (address, state) in Inboxes.OrderBy(i => i.Key.ToString(), StringComparer.OrdinalIgnoreCase))
            if (Inbox.Next(state) is { } inboxStep) steps.Add(InboxStep(address, inboxStep));
        if (StuckLockSupervisor.Next(Supervisor) is { } supervisorStep) steps.Add(SupervisorStep(supervisorStep));
        foreach (var (name, state) in Clients)
            if (Client.Next(state) is { } clientStep) steps.Add(ClientStep(name, clientStep));
        // The first of the earliest: list order breaks ties.
        return steps.Count == 0 ? null : steps.MinBy(s => s.DueAt);
    }

    private static void Check(ShareResult result)
    {
        if (!result.IsSuccess) throw new InvalidOperationException(result.Failure!.Message);
    }
}
