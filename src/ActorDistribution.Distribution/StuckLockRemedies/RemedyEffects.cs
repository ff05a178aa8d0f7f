using ActorDistribution.Distribution.Caps;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.StuckLockRemedies;

/// <summary>
/// What the stuck-lock remedy's steps do on the share host. One implementation for the actors and the
/// simulation driver; each returns the result command for <see cref="StuckLockSupervisor"/>.
/// </summary>
public static class RemedyEffects
{
    public const string CloseReason = "the CAP inbox is being unlocked; your open files there were closed";

    /// <summary><see cref="SurveyLocks"/>: every lock file present in these CAP inboxes, dated by its last write.</summary>
    public static LocksSurveyed Survey(IShareHost host, IEnumerable<CapInbox> inboxes, string lockFile, DateTimeOffset now)
    {
        var locks = new List<ObservedLock>();
        foreach (var address in inboxes)
            if (host.GetFileInfo(CapShares.Address(address.Cap), CapPaths.LockPath(address.Inbox, lockFile)).TryGetValue(out var info))
                locks.Add(new ObservedLock(address, info.LastWritten));
        return new LocksSurveyed(now, locks);
    }

    /// <summary>
    /// <see cref="CloseCapConnections"/> with its guard: when the manager writes an inbox the close reaches
    /// (<paramref name="writing"/>, read atomically with the manager's own state), close nothing and answer
    /// <see cref="InboxManagerStopResult"/>; otherwise close and answer <see cref="ConnectionsClosed"/>.
    /// </summary>
    public static StuckLockCommand CloseUnlessWriting(IShareHost host, CloseCapConnections close, IReadOnlyList<CapInbox> writing, DateTimeOffset now)
        => writing.Intersect(close.Touched).Any()
            ? new InboxManagerStopResult(now, writing)
            : CloseConnections(host, close, now);

    /// <summary>
    /// <see cref="CloseCapConnections"/> itself: force-close every open file under each subtree. The caller
    /// must have checked, atomically with the manager's writes, that the manager writes none of <c>Touched</c>.
    /// </summary>
    public static ConnectionsClosed CloseConnections(IShareHost host, CloseCapConnections close, DateTimeOffset now)
    {
        var closed = CloseUnder(host, close.Cap, close.Subtrees);
        return new ConnectionsClosed(now, close.Cap, closed.Users, closed.Handles);
    }

    /// <summary>Force-closes every open file under the subtrees of a CAP share: the users reached and the handles closed.</summary>
    public static (IReadOnlyList<string> Users, int Handles) CloseUnder(IShareHost host, string cap, IEnumerable<string> subtrees)
    {
        var users = new List<string>();
        var handles = 0;
        foreach (var subtree in subtrees)
        {
            if (!host.ForceClose(CapShares.Address(cap), subtree, CloseReason).TryGetValue(out var report)) continue;
            users.AddRange(report.AffectedUsers);
            handles += report.ClosedHandles.Count;
        }
        return (users.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), handles);
    }

    /// <summary><see cref="VerifyLocks"/>: which of these locks are still there, with what the manager writes now.</summary>
    public static LocksVerified Verify(IShareHost host, IReadOnlyList<CapInbox> locks, IReadOnlyList<CapInbox> writing, string lockFile, DateTimeOffset now)
        => new(now, locks.Where(l => host.GetFileInfo(CapShares.Address(l.Cap), CapPaths.LockPath(l.Inbox, lockFile)).IsSuccess).ToList(), writing);
}
