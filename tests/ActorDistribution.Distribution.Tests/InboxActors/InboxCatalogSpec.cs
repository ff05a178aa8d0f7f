using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.Gateway;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Tests.Runtime;
using Akka.Actor;

namespace ActorDistribution.Distribution.Tests.InboxActors;

/// <summary>The inbox side lists CAPs and clients from its persisted catalog, not from the entities that happen to be awake.</summary>
public sealed class InboxCatalogSpec() : InboxActorKit("")
{
    [Fact]
    public async Task Adding_a_cap_and_a_client_enters_each_once_in_the_catalog_journal()
    {
        Request<CapAccepted>(new AddCap(Cap, Site));
        Request<CapAccepted>(new AddCap(Cap, Site));
        Request<ClientAccepted>(new AddClient("WKS01", Site, ClientMode.Scan));

        Settle();
        // The file itself, not the read journal: its query bound (the highest ordering seen) may lag a write just made.
        var events = await TestNode.EventsOf(JournalPath, "catalog/inboxes");

        // The catalog's first start seeds it from the journal's ids; under load that read may already see the new CAP,
        // so the name arrives by the seed or by its add event, never by both.
        var catalog = events.OfType<InboxCatalogEvent>().Aggregate(InboxCatalog.Empty, (c, e) => c.Apply(e));
        Assert.Equal([Cap], catalog.Caps);
        Assert.Equal(["WKS01"], catalog.Clients);
        Assert.True(events.OfType<CatalogCapAdded>().Count() <= 1 && events.OfType<CatalogClientAdded>().Count() <= 1);
    }

    [Fact]
    public void A_cap_refused_by_its_entity_is_not_cataloged()
    {
        Request<CapAccepted>(new AddCap(Cap, Site));
        Request<Rejected>(new AddCap(Cap, "ZRH"));

        Assert.Equal([Cap], Request<CapList>(ListCaps.Instance).Caps.Select(c => c.Name));
    }

    [Fact]
    public void Caps_and_clients_whose_entities_are_not_running_are_still_listed()
    {
        Request<CapAccepted>(new AddCap(Cap, Site));
        Request<ClientAccepted>(new AddClient("WKS01", Site, ClientMode.Scan));
        StopEntities("/user/inboxes/caps/*", "/user/inboxes/clients/*");

        Assert.Equal([Cap], Request<CapList>(ListCaps.Instance).Caps.Select(c => c.Name));
        Assert.Equal(["WKS01"], Request<ClientList>(ListClients.Instance).Clients.Select(c => c.Name));
        Assert.Equal(2, Request<InboxStatusRows>(new GetInboxStatus()).Rows.Count);
    }

    [Fact]
    public async Task A_removed_client_and_cap_leave_the_catalog_and_the_lists()
    {
        Request<CapAccepted>(new AddCap(Cap, Site));
        Request<ClientAccepted>(new AddClient("WKS01", Site, ClientMode.Scan));

        Request<RemovedView>(new RemoveClient("WKS01"));
        Request<RemovedView>(new RemoveCap(Cap));

        Assert.Empty(Request<ClientList>(ListClients.Instance).Clients);
        Assert.Empty(Request<CapList>(ListCaps.Instance).Caps);
        Settle();
        var events = await TestNode.EventsOf(JournalPath, "catalog/inboxes");
        Assert.Equal(Cap, Assert.Single(events.OfType<CatalogCapRemoved>()).Name);
        Assert.Equal("WKS01", Assert.Single(events.OfType<CatalogClientRemoved>()).Name);
    }

    [Fact]
    public void An_empty_catalog_lists_nothing_and_an_unknown_cap_is_refused()
    {
        Assert.Empty(Request<CapList>(ListCaps.Instance).Caps);
        Assert.Contains("no CAP named CAP_NONE", Request<Rejected>(new GetInboxStatus("CAP_NONE")).Reason);
    }

    [Fact]
    public void The_catalog_core_keeps_the_first_spelling_and_forgets_a_removed_name()
    {
        var at = DateTimeOffset.UnixEpoch;
        var catalog = InboxCatalog.Empty
            .Apply(new CatalogCapAdded(at, "CAP_A", Site))
            .Apply(new CatalogCapAdded(at, "cap_a", Site))
            .Apply(new InboxCatalogSeeded(at, ["CAP_A", "CAP_B"], ["WKS01"]))
            .Apply(new CatalogCapRemoved(at, "cap_b"))
            .Apply(new CatalogClientRemoved(at, "wks01"));

        Assert.Equal(["CAP_A"], catalog.Caps);
        Assert.Empty(catalog.Clients);
    }

    /// <summary>Stops every entity under the given paths and waits until each has terminated.</summary>
    private void StopEntities(params string[] paths)
    {
        foreach (var path in paths)
        {
            var probe = CreateTestProbe();
            var found = new List<IActorRef>();
            // Identify answers once per actor that exists; wait for the ones there are.
            Sys.ActorSelection(path).Tell(new Identify(path), probe.Ref);
            foreach (var identity in probe.ReceiveWhile<ActorIdentity>(TimeSpan.FromMilliseconds(500), m => (ActorIdentity)m))
                if (identity.Subject is { } subject) found.Add(subject);
            Assert.NotEmpty(found);
            foreach (var entity in found)
            {
                probe.Watch(entity);
                Sys.Stop(entity);
                probe.ExpectTerminated(entity);
            }
        }
    }
}
