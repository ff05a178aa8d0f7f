using System.Globalization;
using System.Text;

namespace ActorDistribution.Distribution.Audit;

/// <summary>One event as a timeline shows it: where it is in the journal, when it happened, what it says.</summary>
/// <param name="Payload">The event as the journal stores it (compact JSON).</param>
/// <param name="Event">The decoded event, for JSON that names its enums by their words (null: only the stored JSON).</param>
public sealed record TimelineEntry(long Offset, string PersistenceId, long SequenceNr, DateTimeOffset Time, string Manifest, string Payload,
    object? Event = null)
{
    /// <summary><c>2026-01-01T02:00:00.000Z  pkgdir/NTSRV1/OFFICE97 #3  despooler.attempt-failed.v1  {...}</c></summary>
    public override string ToString() =>
        new StringBuilder()
            .Append(AuditFormat.Time(Time)).Append("  ")
            .Append(PersistenceId).Append(" #").Append(SequenceNr.ToString(CultureInfo.InvariantCulture)).Append("  ")
            .Append(Manifest).Append("  ")
            .Append(Payload)
            .ToString();
}
