using System.Collections.Concurrent;
using System.Reflection;

namespace ActorDistribution.Distribution.Audit;

/// <summary>
/// When an event happened, for the audit: the domain time the actor stamped into it (its <c>At</c>, on the
/// virtual clock in simulation), else the time the journal stored it. Every domain event carries At, so
/// timelines, states at T and the invariants all read the same clock the actors ran on.
/// </summary>
public static class EventTime
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> AtProperty = new();

    public static DateTimeOffset Of(EventEnvelope envelope) =>
        AtProperty.GetOrAdd(envelope.Event.GetType(), FindAt) is { } at ? (DateTimeOffset)at.GetValue(envelope.Event)! : envelope.Timestamp;

    private static PropertyInfo? FindAt(Type type) =>
        type.GetProperty("At", BindingFlags.Public | BindingFlags.Instance) is { PropertyType: var t } property && t == typeof(DateTimeOffset)
            ? property
            : null;
}
