using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Inboxes;

/// <summary>
/// What the inbox manager and the CAP inbox steps do on the share host, as the service account. One
/// implementation for the actors and the simulation driver; each returns the result command for the core.
/// </summary>
public static class InboxEffects
{
    /// <summary><see cref="CreateLock"/>: a lock already there (any case) counts as created and is left untouched.</summary>
    public static LockCreationResult CreateLock(IShareHost host, ShareAddress cap, string inbox, string lockFile, DateTimeOffset now)
    {
        var path = CapPaths.LockPath(inbox, lockFile);
        if (host.GetFileInfo(cap, path).IsSuccess) return new LockCreationResult(now);
        var written = host.WriteFile(cap, path, []);
        return new LockCreationResult(now, written.Failure?.Message);
    }

    /// <summary><see cref="CopyFiles"/>: copies in order and stops at the first failure.</summary>
    public static CopyResult CopyFiles(IShareHost host, ShareAddress site, ShareAddress cap, string inbox, IReadOnlyList<string> files, DateTimeOffset now)
    {
        foreach (var file in files)
        {
            var path = inbox + "/" + file;
            var content = host.ReadFile(site, path);
            if (!content.IsSuccess) return new CopyResult(now, path, content.Failure.Message);
            var written = host.WriteFile(cap, path, content.Value);
            if (!written.IsSuccess) return new CopyResult(now, path, written.Failure!.Message);
        }
        return new CopyResult(now);
    }

    /// <summary><see cref="DeleteLock"/>: one delete; a lock already gone counts as deleted.</summary>
    public static LockDeletionResult DeleteLock(IShareHost host, ShareAddress cap, string inbox, string lockFile, DateTimeOffset now)
    {
        var deleted = host.DeleteFile(cap, CapPaths.LockPath(inbox, lockFile));
        return deleted.Failure switch
        {
            null or NotFound => new LockDeletionResult(now),
            SharingViolation violation => new LockDeletionResult(now, violation.Message, violation.Users),
            var other => new LockDeletionResult(now, other.Message),
        };
    }

    /// <summary><see cref="CompareInboxes"/>: every configured inbox of the site against its copy on every CAP.</summary>
    public static InboxesCompared Compare(IShareHost host, ShareAddress site, IEnumerable<string> caps, IReadOnlyList<string> inboxes,
        string lockFile, bool clearLeftLocks, DateTimeOffset now)
    {
        var changes = new List<InboxChange>();
        var siteFiles = inboxes.ToDictionary(i => i, i => Files(host, site, i));
        foreach (var cap in caps)
        foreach (var inbox in inboxes)
        {
            var change = InboxComparison.Compare(new CapInbox(cap, inbox), siteFiles[inbox], Files(host, CapShares.Address(cap), inbox), lockFile, clearLeftLocks);
            if (change is not null) changes.Add(change);
        }
        return new InboxesCompared(now, changes);
    }

    /// <summary>The files of one inbox folder with their hashes; a missing folder is an empty inbox.</summary>
    public static IReadOnlyList<InboxFile> Files(IShareHost host, ShareAddress share, string inbox)
    {
        if (!host.ListDirectory(share, inbox).TryGetValue(out var entries)) return [];
        var files = new List<InboxFile>();
        foreach (var entry in entries.Where(e => !e.IsDirectory))
            if (host.GetFileInfo(share, inbox + "/" + entry.Name).TryGetValue(out var info))
                files.Add(new InboxFile(entry.Name, info.Sha256));
        return files;
    }

    /// <summary>Creates a share and its inbox folders if missing (idempotent); the first failure other than "already there", or null.</summary>
    public static string? EnsureInboxFolders(IShareHost host, ShareAddress share, IEnumerable<string> inboxes)
    {
        var created = host.CreateShare(share);
        if (created.Failure is { } failure and not AlreadyExists) return failure.Message;
        foreach (var inbox in inboxes)
            if (host.CreateDirectory(share, inbox).Failure is { } folderFailure) return folderFailure.Message;
        return null;
    }
}

/// <summary>
/// The share-host effect an inbox actor owes at <see cref="DueAt"/>. The actor performs it as the
/// service account and feeds the matching result command back.
/// </summary>
public abstract record InboxStep(DateTimeOffset DueAt);

/// <summary>Copy these files from the site inbox to the CAP inbox, in order, stopping at the first failure; answer <see cref="CopyResult"/>.</summary>
public sealed record CopyFiles(DateTimeOffset DueAt, IReadOnlyList<string> Files) : InboxStep(DueAt);

/// <summary>
/// Put the lock file in the CAP inbox; answer <see cref="LockCreationResult"/>. A lock already there
/// counts as created without rewriting it: it is ours, left by an earlier update, and a client may hold it open.
/// </summary>
public sealed record CreateLock(DateTimeOffset DueAt) : InboxStep(DueAt);

/// <summary>Delete the lock file once (attempt number <paramref name="Attempt"/>); answer <see cref="LockDeletionResult"/>.</summary>
public sealed record DeleteLock(DateTimeOffset DueAt, int Attempt) : InboxStep(DueAt);
