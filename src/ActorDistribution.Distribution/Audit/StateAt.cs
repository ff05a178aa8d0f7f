
namespace ActorDistribution.Distribution.Audit;

/// <summary>
/// Rebuilds entities as they stood at a time T by replaying their events up to T. An entity's events are taken in
/// sequence order up to the first one later than T (its own order is what its replay expects).
/// </summary>
public static class StateAt
{
    public static async Task<EntityState> RebuildAsync(AuditSource source, string persistenceId, DateTimeOffset at,
        EntityReplays? replays = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var upToT = new List<EventEnvelope>();
        var any = false;
        await foreach (var envelope in source.ReadEntityAsync(persistenceId, progress, cancellationToken).ConfigureAwait(false))
        {
            any = true;
            if (EventTime.Of(envelope) > at) break;
            upToT.Add(envelope);
        }

        if (!any) throw await source.NoEventsOfAsync(persistenceId, cancellationToken).ConfigureAwait(false);
        return Rebuild(source, persistenceId, at, upToT, replays ?? EntityReplays.Default());
    }

    /// <summary>Every entity with at least one event at or before T, in persistence-id order, in one pass over the journal.</summary>
    public static async Task<IReadOnlyList<EntityState>> RebuildAllAsync(AuditSource source, DateTimeOffset at,
        EntityReplays? replays = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var byEntity = new SortedDictionary<string, List<EventEnvelope>>(StringComparer.Ordinal);
        var pastT = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var envelope in source.ReadAllAsync(progress, cancellationToken).ConfigureAwait(false))
        {
            var id = envelope.PersistenceId;
            if (pastT.Contains(id)) continue;
            if (EventTime.Of(envelope) > at)
            {
                pastT.Add(id);
                continue;
            }

            if (!byEntity.TryGetValue(id, out var events)) byEntity[id] = events = [];
            events.Add(envelope);
        }

        replays ??= EntityReplays.Default();
        return byEntity.Select(entity => Rebuild(source, entity.Key, at, entity.Value, replays)).ToList();
    }

    private static EntityState Rebuild(AuditSource source, string persistenceId, DateTimeOffset at, List<EventEnvelope> upToT, EntityReplays replays)
    {
        // Journal order across entities is not sequence order within one only if writes interleave oddly: sort to be sure.
        upToT.Sort((a, b) => a.SequenceNr.CompareTo(b.SequenceNr));
        var entries = upToT.Select(envelope => Timeline.Entry(source, envelope)).ToList();
        var replay = replays.For(persistenceId);
        var last = entries.Count > 0 ? entries[^1] : null;
        return new EntityState(persistenceId, at, entries.Count, last?.SequenceNr ?? 0, last?.Time,
            replay is not null, replay is null ? entries : replay(persistenceId, upToT.Select(envelope => envelope.Event).ToList()));
    }
}
