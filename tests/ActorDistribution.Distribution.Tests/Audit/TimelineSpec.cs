using ActorDistribution.Distribution.Audit;
using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.PackageDirectories;
using static ActorDistribution.Distribution.Tests.Audit.AuditJournals;

namespace ActorDistribution.Distribution.Tests.Audit;

public sealed class TimelineSpec : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly AuditJournal journal = new();

    public void Dispose() => journal.Dispose();

    [Fact]
    public async Task An_entity_timeline_lists_its_events_in_sequence_with_time_and_manifest()
    {
        var events = ForcedDelivery().Events;
        await journal.WriteAsync(PackageDirectoryId, events);

        var timeline = await Read(PackageDirectoryId, TimeWindow.All);

        Assert.Equal(Enumerable.Range(1, events.Count).Select(n => (long)n), timeline.Select(entry => entry.SequenceNr));
        Assert.Equal(events.Select(e => e.At), timeline.Select(entry => entry.Time));
        Assert.Equal("despooler.delivery-requested.v1", timeline[0].Manifest);
        Assert.StartsWith($"{AuditFormat.Time(events[0].At)}  {PackageDirectoryId} #1  despooler.delivery-requested.v1  {{", timeline[0].ToString());
    }

    [Fact]
    public async Task From_and_to_keep_only_the_events_inside_the_window_bounds_included()
    {
        var events = ForcedDelivery().Events;
        await journal.WriteAsync(PackageDirectoryId, events);
        var warning = events.OfType<DisconnectionWarningSent>().Single();
        var copied = events.OfType<PackageFilesCopied>().Last();

        var timeline = await Read(PackageDirectoryId, new TimeWindow(warning.At, copied.At));

        Assert.NotEmpty(timeline);
        Assert.All(timeline, entry => Assert.InRange(entry.Time, warning.At, copied.At));
        Assert.Equal(events.Count(e => e.At >= warning.At && e.At <= copied.At), timeline.Count);
        Assert.Contains(timeline, entry => entry.Manifest == "despooler.users-disconnected.v1");
    }

    [Fact]
    public async Task A_site_timeline_gathers_its_components_clients_inboxes_and_the_package_directories_of_its_servers()
    {
        await journal.WriteAsync("server/NTSRV1", new ServerAdded(T0, "OSHER"));
        await journal.WriteAsync("server/OTHERSRV", new ServerAdded(T0, "CH2"));
        await journal.WriteAsync(PackageDirectoryId, ForcedDelivery().Events.Take(2));
        await journal.WriteAsync("pkgdir/OTHERSRV/OFFICE97", ForcedDelivery().Events.Take(2));
        await journal.WriteAsync("inbox-manager/OSHER",
            new InboxUpdateDispatched(T0, OfferInbox, "v1", ["a.ofr"], 10, TimeSpan.FromSeconds(1)));
        await journal.WriteAsync(OfferInboxId, LockLeftBehind(T0).Take(2));
        await journal.WriteAsync("client/WKS1", Registered(T0, "OSHER"));
        await journal.WriteAsync("client/WKS2", Registered(T0, "CH2"));

        var timeline = await Read("site/OSHER", TimeWindow.All);

        Assert.Equal(
            ["client/WKS1", "inbox-manager/OSHER", OfferInboxId, PackageDirectoryId, "server/NTSRV1"],
            timeline.Select(entry => entry.PersistenceId).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(timeline.Select(entry => entry.Offset).Order(), timeline.Select(entry => entry.Offset));
    }

    [Fact]
    public async Task A_site_may_be_named_by_a_tag_on_its_events()
    {
        await journal.WriteAsync("job/12", [new ServerAdded(T0, "")], tags: ["site:CH2"]);

        var timeline = await Read("site/CH2", TimeWindow.All);

        Assert.Equal("job/12", Assert.Single(timeline).PersistenceId);
    }

    [Fact]
    public async Task An_entity_without_events_is_a_clear_error_naming_the_entities_of_its_kind()
    {
        await journal.WriteAsync(PackageDirectoryId, ForcedDelivery().Events.Take(1));

        var problem = await Assert.ThrowsAsync<AuditSourceException>(() => Read("pkgdir/NTSRV9/OFFICE97", TimeWindow.All));
        Assert.Equal($"no events of 'pkgdir/NTSRV9/OFFICE97' in {journal.Path} (it has {PackageDirectoryId})", problem.Message);
        var site = await Assert.ThrowsAsync<AuditSourceException>(() => Read("site/NOPE", TimeWindow.All));
        Assert.StartsWith("no site 'NOPE'", site.Message);
    }

    private async Task<IReadOnlyList<TimelineEntry>> Read(string entity, TimeWindow window)
    {
        await using var source = await journal.OpenAsync();
        return await Timeline.ReadAsync(source, entity, window);
    }

    private static ClientRegistered Registered(DateTimeOffset at, string site) =>
        new(at, site, ClientMode.Scan, TimeSpan.FromSeconds(5), 33, TimeSpan.FromMinutes(60), TimeSpan.Zero,
            "offerinf.box", "clicomp.box/swdist", "inboxlck.tok", at);
}
