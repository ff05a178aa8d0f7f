namespace ActorDistribution.Distribution.Audit;

/// <summary>Inclusive bounds on event time; a missing bound is open.</summary>
public sealed record TimeWindow(DateTimeOffset? From = null, DateTimeOffset? To = null)
{
    public static TimeWindow All { get; } = new();

    public bool Contains(DateTimeOffset time) => (From is null || time >= From) && (To is null || time <= To);
}
