using System.Text;

namespace ActorDistribution.Distribution.Audit;

/// <summary>
/// The events of one entity, or of a whole site (<c>site/X</c>: the site's own events and those of every entity
/// <see cref="SiteMembership"/> places in it), in journal order, within a time window.
/// </summary>
public static class Timeline
{
    public static async Task<IReadOnlyList<TimelineEntry>> ReadAsync(AuditSource source, string entity, TimeWindow window,
        IProgress<long>? progress = null, CancellationToken cancellationToken = default) =>
        SiteMembership.SiteOfEntity(entity) is { } site
            ? await ForSiteAsync(source, site, window, progress, cancellationToken).ConfigureAwait(false)
            : await ForEntityAsync(source, entity, window, progress, cancellationToken).ConfigureAwait(false);

    public static async Task<IReadOnlyList<TimelineEntry>> ForEntityAsync(AuditSource source, string persistenceId, TimeWindow window,
        IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var entries = new List<TimelineEntry>();
        var any = false;
        await foreach (var envelope in source.ReadEntityAsync(persistenceId, progress, cancellationToken).ConfigureAwait(false))
        {
            any = true;
            if (window.Contains(EventTime.Of(envelope))) entries.Add(Entry(source, envelope));
        }

        if (!any) throw await source.NoEventsOfAsync(persistenceId, cancellationToken).ConfigureAwait(false);
        return entries;
    }

    /// <summary>Two passes over the journal: the first learns who belongs to the site, the second collects their events.</summary>
    public static async Task<IReadOnlyList<TimelineEntry>> ForSiteAsync(AuditSource source, string site, TimeWindow window,
        IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var membership = new SiteMembership();
        await foreach (var envelope in source.ReadAllAsync(progress, cancellationToken).ConfigureAwait(false))
            membership.Observe(envelope);

        var entries = new List<TimelineEntry>();
        var any = false;
        await foreach (var envelope in source.ReadAllAsync(progress, cancellationToken).ConfigureAwait(false))
        {
            if (!membership.BelongsTo(envelope.PersistenceId, site)) continue;
            any = true;
            if (window.Contains(EventTime.Of(envelope))) entries.Add(Entry(source, envelope));
        }

        if (!any) throw new AuditSourceException($"no site '{site}' in {source.Description}: no event belongs to it");
        return entries;
    }

    internal static TimelineEntry Entry(AuditSource source, EventEnvelope envelope)
    {
        var stored = source.Stored(envelope);
        return new TimelineEntry(envelope.Offset, envelope.PersistenceId, envelope.SequenceNr, EventTime.Of(envelope),
            stored.Manifest, Encoding.UTF8.GetString(stored.Payload), envelope.Event);
    }
}
