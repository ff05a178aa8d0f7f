namespace ActorDistribution.Distribution.Audit;

/// <summary>A broken rule of SPEC.md section 5, with the event where it shows.</summary>
/// <param name="Rule">One of the rule names: <see cref="PackageDirectories.InvariantViolation"/>'s three, <see cref="InboxLockLeftWithoutAlarm"/> or <see cref="JournalGap"/>.</param>
public sealed record AuditViolation(string Rule, string PersistenceId, long SequenceNr, DateTimeOffset Time, string Message)
{
    public const string InboxLockLeftWithoutAlarm = "inbox-lock-left-without-alarm";

    /// <summary>An entity's stream misses sequence numbers (an event was deleted from the journal): replaying it gives another state than the actor had.</summary>
    public const string JournalGap = "journal-gap";

    /// <summary><c>pkgdir/NTSRV1/OFFICE97 #14 at 2026-01-01T04:05:00.000Z: forced-too-early: ...</c></summary>
    public override string ToString() => $"{PersistenceId} #{SequenceNr} at {AuditFormat.Time(Time)}: {Rule}: {Message}";
}
