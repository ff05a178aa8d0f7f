namespace ActorDistribution.Distribution.Audit;

/// <summary>Rebuilds one entity as it stood at a time T by replaying its events with a time at or before T.</summary>
public static class StateAt
{
    public static async Task<EntityState> RebuildAsync(AuditSource source, string persistenceId, DateTimeOffset at,
        EntityReplays? replays = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var events = new List<object>();
        var entries = new List<TimelineEntry>();
        var any = false;
        await foreach (var envelope in source.ReadEntityAsync(persistenceId, progress, cancellationToken).ConfigureAwait(false))
        {
            any = true;
            var time = EventTime.Of(envelope);
            // Sequence order is the entity's own order: once past T, every later event is too.
            if (time > at) break;
            events.Add(envelope.Event);
            entries.Add(Timeline.Entry(source, envelope));
        }

        if (!any) throw await source.NoEventsOfAsync(persistenceId, cancellationToken).ConfigureAwait(false);

        var replay = (replays ?? EntityReplays.Default()).For(persistenceId);
        var last = entries.Count > 0 ? entries[^1] : null;
        return new EntityState(persistenceId, at, entries.Count, last?.SequenceNr ?? 0, last?.Time,
            replay is not null, replay is null ? entries : replay(persistenceId, events));
    }
}
