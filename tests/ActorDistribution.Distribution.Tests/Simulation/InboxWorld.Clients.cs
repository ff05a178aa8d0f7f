using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Clients;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Tests.Simulation;

/// <summary>The client actors' role: reach a CAP, scan or open the lock, hold and release it, list offers.</summary>
internal sealed partial class InboxWorld
{
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
}
