namespace ActorDistribution.Distribution.Audit;

/// <summary>What <c>audit verify</c> found: the violations in journal order, and how much it read.</summary>
public sealed record AuditReport(long EventsRead, int Entities, IReadOnlyList<AuditViolation> Violations)
{
    public bool IsClean => Violations.Count == 0;
}
