
namespace ActorDistribution.Distribution.Audit;

/// <summary>
/// Checks the rules of SPEC.md section 5 over a whole journal:
/// <list type="bullet">
/// <item>the three forced-delivery rules, per package directory, by <see cref="PackageDirectoryInvariants"/>: no delivery ends
/// with access revoked; every forced disconnection follows a warning at least z earlier to each user it disconnected;
/// no forced copy before x·(y+1)+z after the first failed attempt;</item>
/// <item>no CAP inbox lock stays in place once its update ended (the last delete attempt failed, or the inbox manager
/// recorded the update's end while the lock was there) unless a stuck-lock alarm is recorded for that inbox: the inbox's
/// own <see cref="LockLeft"/>, or the stuck-lock supervisor's detection or alarm naming it;</item>
/// <item>no entity's stream has a hole: its sequence numbers run 1, 2, 3 ... (<see cref="AuditViolation.JournalGap"/>, naming the
/// entity and the missing numbers; an event deleted at the end of a stream leaves no trace and cannot be found).</item>
/// </list>
/// </summary>
public static class InvariantChecker
{
    public static async Task<AuditReport> VerifyAsync(AuditSource source, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var check = new JournalCheck();
        await foreach (var envelope in source.ReadAllAsync(progress, cancellationToken).ConfigureAwait(false)) check.Observe(envelope);
        return check.Finish();
    }

    /// <summary>The same check over events already in memory, in journal order.</summary>
    public static AuditReport Check(IEnumerable<EventEnvelope> journal)
    {
        var check = new JournalCheck();
        foreach (var envelope in journal) check.Observe(envelope);
        return check.Finish();
    }
}
