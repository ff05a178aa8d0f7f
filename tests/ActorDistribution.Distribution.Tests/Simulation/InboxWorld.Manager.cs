using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Tests.Simulation;

/// <summary>The inbox manager actor's role: compare inboxes, dispatch updates to the inbox entities.</summary>
internal sealed partial class InboxWorld
{
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
}
