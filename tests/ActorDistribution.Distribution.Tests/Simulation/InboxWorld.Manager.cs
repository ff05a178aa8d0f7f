using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Inboxes;

namespace ActorDistribution.Distribution.Tests.Simulation;

/// <summary>The inbox manager actor's role: compare inboxes, dispatch updates to the inbox entities.</summary>
internal sealed partial class InboxWorld
{
    private void Compare(bool clearLeftLocks)
        => ToManager(InboxEffects.Compare(Host, SiteServer, Caps, ManagerSettings.Inboxes, ManagerSettings.LockFile, clearLeftLocks, Now));

    private void ToManager(InboxManagerCommand command)
    {
        foreach (var e in InboxManager.Decide(Manager, command))
        {
            Manager = InboxManager.Evolve(Manager, e);
            ManagerJournal.Add(e);
            if (e is InboxUpdateDispatched dispatched) ToInbox(dispatched.Address, dispatched.ToOrder() with { At = Now });
        }
    }
}
