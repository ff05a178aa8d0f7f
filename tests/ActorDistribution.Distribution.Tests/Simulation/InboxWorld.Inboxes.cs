using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Shares;

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
}
