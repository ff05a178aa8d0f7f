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
        ReadOffers read => ClientEffects.ReadOffers(Host, read, ManagerSettings.LockFile, Now),
        _ => throw new InvalidOperationException($"unknown client step {step}"),
    }));

    private CapSearchResult FindReachableCap(string name) => ClientEffects.FindReachableCap(Host, name, Caps, Now);

    private LockCheckResult ScanForLock(CheckLock check) => ClientEffects.ScanForLock(Host, check, Now);

    private LockCheckResult OpenLock(string name, CheckLock check)
    {
        var result = ClientEffects.OpenLock(Host, name, check, Now, out var session);
        if (session is { } id) _legacySessions[name] = id;
        return result;
    }

    private LockReleased Release(string name, ReleaseLock release)
        => ClientEffects.Release(Host, release, _legacySessions.Remove(name, out var session) ? session : null, Now);

    private void ToClient(string name, ClientCommand command)
    {
        foreach (var e in Client.Decide(Clients[name], command))
        {
            Clients[name] = Client.Evolve(Clients[name], e);
            ClientJournal[name].Add(e);
        }
    }
}
