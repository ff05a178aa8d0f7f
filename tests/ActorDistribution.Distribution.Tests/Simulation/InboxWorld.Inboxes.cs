using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.StuckLockRemedies;

namespace ActorDistribution.Distribution.Tests.Simulation;

/// <summary>The CAP inbox actors' role: lock, copy (taking CopyDuration), delete; report the end to the manager and a left lock to the supervisor.</summary>
internal sealed partial class InboxWorld
{
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
        => InboxEffects.CreateLock(Host, Share(address.Cap), address.Inbox, ManagerSettings.LockFile, Now);

    private CopyResult CopyInto(CapInbox address, IReadOnlyList<string> files)
    {
        _copyFinishesAt.Remove(address);
        return InboxEffects.CopyFiles(Host, SiteServer, Share(address.Cap), address.Inbox, files, Now);
    }

    private LockDeletionResult DeleteLockFile(CapInbox address)
        => InboxEffects.DeleteLock(Host, Share(address.Cap), address.Inbox, ManagerSettings.LockFile, Now);

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
}
