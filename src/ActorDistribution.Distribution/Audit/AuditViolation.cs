namespace ActorDistribution.Distribution.Audit;

/// <summary>A broken rule of SPEC.md section 5, with the event where it shows.</summary>
/// <param name="Rule">One of the rule names: <see cref="PackageDirectories.InvariantViolation"/>'s three, or <see cref="InboxLockLeftWithoutAlarm"/>.</param>
public sealed record AuditViolation(string Rule, string PersistenceId, long SequenceNr, DateTimeOffset Time, string Message)
{
    public const string InboxLockLeftWithoutAlarm = "inbox-lock-left-without-alarm";

    /// <summary><c>pkgdir/NTSRV1/OFFICE97 #14 at 2026-01-01T04:05:00.000Z: forced-too-early: ...</c></summary>
    public override string ToString() => $"{PersistenceId} #{SequenceNr} at {AuditFormat.Time(Time)}: {Rule}: {Message}";
}
