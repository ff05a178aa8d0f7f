namespace ActorDistribution.Distribution.Audit;

/// <summary>What <c>audit verify</c> found: the violations in time order, and how much it read.</summary>
/// <param name="UnknownManifests">Events this build cannot read, by manifest: they were counted but not checked.</param>
public sealed record AuditReport(long EventsRead, int Entities, IReadOnlyList<AuditViolation> Violations, IReadOnlyDictionary<string, long> UnknownManifests)
{
    public bool IsClean => Violations.Count == 0;
}
