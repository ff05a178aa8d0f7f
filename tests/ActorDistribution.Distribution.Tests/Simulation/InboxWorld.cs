using System.Text;
using ActorDistribution.Actors.Time;
using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Hocon;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Tests.Simulation;

/// <summary>
/// Plays the future thin actors of the inbox side, synchronously: it performs each core's pending
/// effect against an in-memory share host, feeds the result back through Decide/Evolve, routes
/// the notifications between cores, and jumps the virtual clock to the next due time. At equal due
/// times the manager, then inboxes, then the supervisor, then clients (by name) go first.
/// </summary>
internal sealed class InboxWorld
{
    public const string Site = "CH2";

    private readonly Dictionary<CapInbox, DateTimeOffset> _copyFinishesAt = [];
    private readonly Dictionary<string, SessionId> _legacySessions = new(StringComparer.OrdinalIgnoreCase);

    public InboxWorld(Config config, IReadOnlyList<string>? caps = null, TimeSpan? copyDuration = null)
    {
        Clock = new VirtualScheduler(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        Start = Clock.UtcNow;
        Host = new InMemoryShareHost(Clock);
        ManagerSettings = InboxManagerSettings.From(config);
        ClientSettings = ClientSettings.From(config);
        StuckLockSettings = StuckLockSettings.From(config);
        Caps = caps ?? ["OSHER/CAP_DAN"];
        CopyDuration = copyDuration ?? TimeSpan.FromSeconds(10);
        SiteServer = new ShareAddress("SITESRV", "SMS_CH2");
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

    public VirtualScheduler Clock { get; }

    public DateTimeOffset Start { get; }

    public InMemoryShareHost Host { get; }

    public InboxManagerSettings ManagerSettings { get; }

    public ClientSettings ClientSettings { get; }

    public StuckLockSettings StuckLockSettings { get; }

    public IReadOnlyList<string> Caps { get; }

    /// <summary>How long copying an update's files takes; the lock is in place meanwhile.</summary>
    public TimeSpan CopyDuration { get; }

    public ShareAddress SiteServer { get; }

    public DateTimeOffset Now => Clock.UtcNow;

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

    public static ShareAddress Share(string cap)
    {
        var parts = cap.Split('/');
        return new ShareAddress(parts[0], parts[1]);
    }

    public string LockPath(string inbox) => CapPaths.LockPath(inbox, ManagerSettings.LockFile);

    public bool LockPresent(string cap, string inbox) => Host.GetFileInfo(Share(cap), LockPath(inbox)).IsSuccess;

    public void DropIntoSiteInbox(string inbox, string file, string content)
        => Check(Host.WriteFile(SiteServer, inbox + "/" + file, Encoding.UTF8.GetBytes(content)));

    public void StartManager() => ToManager(ActorDistribution.Distribution.Inboxes.StartInboxManager.With(Now, ManagerSettings));

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

    // ---- inbox manager -------------------------------------------------------------------------

    private void Compare(bool clearLeftLocks)
    {
        var changes = new List<InboxChange>();
        foreach (var cap in Caps)
        foreach (var inbox in ManagerSettings.Inboxes)
        {
            var change = InboxComparison.Compare(new CapInbox(cap, inbox), Files(SiteServer, inbox), Files(Share(cap), inbox), ManagerSettings.LockFile, clearLeftLocks);
            if (change is not null) changes.Add(change);
        }
        ToManager(new InboxesCompared(Now, changes));
    }

    private List<InboxFile> Files(ShareAddress share, string inbox)
        => Host.ListDirectory(share, inbox).Value
            .Where(e => !e.IsDirectory)
            .Select(e => new InboxFile(e.Name, Host.GetFileInfo(share, inbox + "/" + e.Name).Value.Sha256))
            .ToList();

    private void ToManager(InboxManagerCommand command)
    {
        foreach (var e in InboxManager.Decide(Manager, command))
        {
            Manager = InboxManager.Evolve(Manager, e);
            ManagerJournal.Add(e);
            if (e is InboxUpdateDispatched dispatched) ToInbox(dispatched.Address, dispatched.ToOrder() with { At = Now });
        }
    }

    // ---- CAP inboxes ---------------------------------------------------------------------------

    private SimulatedStep InboxStep(CapInbox address, InboxStep step) => step switch
    {
        CreateLock create => new("inbox", create.DueAt, () => ToInbox(address, CreateLockFile(address))),
        CopyFiles copy when copy.Files.Count > 0 && !_copyFinishesAt.ContainsKey(address)
            => new("inbox", copy.DueAt, () => _copyFinishesAt[address] = Now + CopyDuration),
        CopyFiles copy => new("inbox", _copyFinishesAt.GetValueOrDefault(address, copy.DueAt), () => ToInbox(address, CopyInto(address, copy.Files))),
        DeleteLock delete => new("inbox", delete.DueAt, () => ToInbox(address, DeleteLockFile(address))),
        _ => throw new InvalidOperationException($"unknown inbox step {step}"),
    };

    private LockCreationResult CreateLockFile(CapInbox address)
    {
        var share = Share(address.Cap);
        if (Host.GetFileInfo(share, LockPath(address.Inbox)).IsSuccess) return new LockCreationResult(Now);
        var written = Host.WriteFile(share, LockPath(address.Inbox), []);
        return new LockCreationResult(Now, written.Failure?.Message);
    }

    private CopyResult CopyInto(CapInbox address, IReadOnlyList<string> files)
    {
        _copyFinishesAt.Remove(address);
        foreach (var file in files)
        {
            var path = address.Inbox + "/" + file;
            var content = Host.ReadFile(SiteServer, path);
            if (!content.IsSuccess) return new CopyResult(Now, path, content.Failure.Message);
            var written = Host.WriteFile(Share(address.Cap), path, content.Value);
            if (!written.IsSuccess) return new CopyResult(Now, path, written.Failure!.Message);
        }
        return new CopyResult(Now);
    }

    private LockDeletionResult DeleteLockFile(CapInbox address)
    {
        var deleted = Host.DeleteFile(Share(address.Cap), LockPath(address.Inbox));
        return deleted.Failure switch
        {
            null or NotFound => new LockDeletionResult(Now),
            SharingViolation violation => new LockDeletionResult(Now, violation.Message, violation.Users),
            var other => new LockDeletionResult(Now, other.Message),
        };
    }

    private void ToInbox(CapInbox address, InboxCommand command)
    {
        foreach (var e in Inbox.Decide(Inboxes[address], command))
        {
            Inboxes[address] = Inbox.Evolve(Inboxes[address], e);
            InboxJournal[address].Add(e);
            switch (e)
            {
                case LockDeleted or InboxLockCreateFailed:
                    ToManager(new InboxUpdateFinished(Now, address, false));
                    break;
                case LockLeft:
                    ToManager(new InboxUpdateFinished(Now, address, true));
                    ToSupervisor(new ReportLockLeft(Now, address));
                    break;
            }
        }
    }

    // ---- stuck-lock supervisor -----------------------------------------------------------------

    private SimulatedStep SupervisorStep(StuckLockStep step) => new("supervisor", step.DueAt, () => ToSupervisor(step switch
    {
        SurveyLocks => Survey(),
        HaltInboxManager => Halt(),
        CloseCapConnections close => CloseConnections(close),
        RestartInboxManager => Restart(),
        VerifyLocks verify => new LocksVerified(Now, verify.Locks.Where(l => LockPresent(l.Cap, l.Inbox)).ToList(), Manager.InProgress),
        _ => throw new InvalidOperationException($"unknown supervisor step {step}"),
    }));

    private LocksSurveyed Survey()
    {
        var locks = new List<ObservedLock>();
        foreach (var address in Inboxes.Keys)
            if (Host.GetFileInfo(Share(address.Cap), LockPath(address.Inbox)).TryGetValue(out var info))
                locks.Add(new ObservedLock(address, info.LastWritten));
        return new LocksSurveyed(Now, locks);
    }

    private InboxManagerStopResult Halt()
    {
        ToManager(new StopInboxManager(Now));
        return new InboxManagerStopResult(Now, Manager.InProgress);
    }

    private StuckLockCommand CloseConnections(CloseCapConnections close)
    {
        // The contract: ask the manager right before closing; if it writes what the close reaches, close nothing.
        if (Manager.InProgress.Intersect(close.Touched).Any()) return new InboxManagerStopResult(Now, Manager.InProgress);
        ForceCloses.Add((Now, close.Cap, Manager.InProgress));
        var users = new List<string>();
        var handles = 0;
        foreach (var subtree in close.Subtrees)
        {
            if (!Host.ForceClose(Share(close.Cap), subtree, "the inbox is being unlocked; connections closed").TryGetValue(out var report)) continue;
            users.AddRange(report.AffectedUsers);
            handles += report.ClosedHandles.Count;
        }
        return new ConnectionsClosed(Now, close.Cap, users.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), handles);
    }

    private InboxManagerStartResult Restart()
    {
        StartManager();
        return new InboxManagerStartResult(Now);
    }

    private void ToSupervisor(StuckLockCommand command)
    {
        foreach (var e in StuckLockSupervisor.Decide(Supervisor, command))
        {
            Supervisor = StuckLockSupervisor.Evolve(Supervisor, e);
            SupervisorJournal.Add(e);
        }
    }

    // ---- clients -------------------------------------------------------------------------------

    private SimulatedStep ClientStep(string name, ClientStep step) => new("client", step.DueAt, () => ToClient(name, step switch
    {
        StartCycle => new BeginCycle(Now),
        FindCap => FindReachableCap(name),
        CheckLock check => check.Mode == ClientMode.Scan ? ScanForLock(check) : OpenLock(name, check),
        ReleaseLock release => Release(name, release),
        ReadOffers read => new OffersRead(Now, Names(read.Cap, read.OfferInbox), Names(read.Cap, read.ComponentInbox)),
        _ => throw new InvalidOperationException($"unknown client step {step}"),
    }));

    private CapSearchResult FindReachableCap(string name)
    {
        var probes = new List<CapProbe>();
        foreach (var cap in Caps)
        {
            var session = Host.Connect(name, Share(cap));
            probes.Add(new CapProbe(cap, session.IsSuccess));
            if (!session.IsSuccess) continue;
            Host.Disconnect(session.Value.Id);
            return new CapSearchResult(Now, cap, probes);
        }
        return new CapSearchResult(Now, null, probes);
    }

    private LockCheckResult ScanForLock(CheckLock check)
    {
        var listing = Host.ListDirectory(Share(check.Cap), check.Inbox);
        if (!listing.IsSuccess) return new LockCheckResult(Now, false, false);
        var found = listing.Value.Any(e => string.Equals(e.Name, check.LockFile, StringComparison.OrdinalIgnoreCase));
        return new LockCheckResult(Now, true, found);
    }

    private LockCheckResult OpenLock(string name, CheckLock check)
    {
        var session = Host.Connect(name, Share(check.Cap));
        if (!session.IsSuccess) return new LockCheckResult(Now, false, false);
        var opened = Host.OpenFile(session.Value.Id, CapPaths.LockPath(check.Inbox, check.LockFile));
        if (!opened.IsSuccess)
        {
            Host.Disconnect(session.Value.Id);
            return opened.Failure is NotFound ? new LockCheckResult(Now, true, false) : new LockCheckResult(Now, false, false);
        }
        _legacySessions[name] = session.Value.Id;
        return new LockCheckResult(Now, true, true, opened.Value.Id.Value);
    }

    private LockReleased Release(string name, ReleaseLock release)
    {
        // Either may already be gone after a force-close; that is fine.
        Host.CloseHandle(new HandleId(release.Handle));
        if (_legacySessions.Remove(name, out var session)) Host.Disconnect(session);
        return new LockReleased(Now);
    }

    private List<string> Names(string cap, string inbox)
        => Host.ListDirectory(Share(cap), inbox).TryGetValue(out var entries)
            ? entries.Where(e => !e.IsDirectory && !string.Equals(e.Name, ManagerSettings.LockFile, StringComparison.OrdinalIgnoreCase)).Select(e => e.Name).ToList()
            : [];

    private void ToClient(string name, ClientCommand command)
    {
        foreach (var e in Client.Decide(Clients[name], command))
        {
            Clients[name] = Client.Evolve(Clients[name], e);
            ClientJournal[name].Add(e);
        }
    }

    private static void Check(ShareResult result)
    {
        if (!result.IsSuccess) throw new InvalidOperationException(result.Failure!.Message);
    }
}
