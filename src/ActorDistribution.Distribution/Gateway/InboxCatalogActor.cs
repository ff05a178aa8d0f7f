using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Runtime.Time;
using Akka.Actor;
using Akka.Persistence;
using Akka.Persistence.Query;
using Akka.Persistence.Sql.Query;
using Akka.Streams;

namespace ActorDistribution.Distribution.Gateway;

/// <summary>
/// The inbox side's catalog (<c>catalog/inboxes</c>): the CAPs and clients that were added, as events. The inbox gateway
/// records a name once its entity accepted it and reads the lists from here, so <c>cap list</c>, <c>client list</c> and
/// <c>inbox status</c> answer the same whether the entities are awake or passivated. A journal from before the catalog
/// is seeded once from its persistence ids (<see cref="InboxCatalogSeeded"/>).
/// </summary>
public sealed class InboxCatalogActor : DomainActor
{
    private InboxCatalog _catalog = InboxCatalog.Empty;

    public InboxCatalogActor()
    {
        Recover<InboxCatalogEvent>(e => _catalog = _catalog.Apply(e));
        Recover<RecoveryCompleted>(_ =>
        {
            if (LastSequenceNr == 0) Seed();
        });

        Command<CatalogCap>(add => Record(_catalog.HasCap(add.Name), new CatalogCapAdded(Now, add.Name, add.Site)));
        Command<CatalogClient>(add => Record(_catalog.HasClient(add.Name), new CatalogClientAdded(Now, add.Name, add.Site)));
        Command<UncatalogCap>(remove => Record(!_catalog.HasCap(remove.Name), new CatalogCapRemoved(Now, remove.Name)));
        Command<UncatalogClient>(remove => Record(!_catalog.HasClient(remove.Name), new CatalogClientRemoved(Now, remove.Name)));
        Command<GetInboxCatalog>(_ => Sender.Tell(_catalog, Self));
    }

    public override string PersistenceId => PersistenceIds.InboxCatalog;

    public static Props Props() => Akka.Actor.Props.Create(() => new InboxCatalogActor());

    private DateTimeOffset Now => Context.System.Scheduler.Now;

    private void Record(bool known, InboxCatalogEvent @event)
    {
        var replyTo = Sender;
        if (known)
        {
            replyTo.Tell(_catalog, Self);
            return;
        }
        Persist(@event, e =>
        {
            _catalog = _catalog.Apply(e);
            replyTo.Tell(_catalog, Self);
        });
    }

    /// <summary>Reads the journal's CAP and client ids once; commands wait in the stash until the seed is written.</summary>
    private void Seed()
    {
        var ids = PersistenceQuery.Get(Context.System).ReadJournalFor<ICurrentPersistenceIdsQuery>(SqlReadJournal.Identifier).CurrentPersistenceIds();
        ids.RunAggregate(new List<string>(), (all, id) => { all.Add(id); return all; }, Context.System.Materializer())
            .PipeToTracked(Context, Self, Self, listed => new JournalIds(listed), failure => new JournalIds([]));
        BecomeStacked(() =>
        {
            Command<JournalIds>(listed =>
            {
                static List<string> Of(IEnumerable<string> ids, string prefix) =>
                    ids.Where(id => id.StartsWith(prefix, StringComparison.Ordinal)).Select(id => id[prefix.Length..]).Order(StringComparer.OrdinalIgnoreCase).ToList();
                // Written even when empty, so later starts never list the journal again.
                Persist(new InboxCatalogSeeded(Now, Of(listed.Ids, "cap/"), Of(listed.Ids, "client/")), e =>
                {
                    _catalog = _catalog.Apply(e);
                    UnbecomeStacked();
                    Stash.UnstashAll();
                });
            });
            CommandAny(_ => Stash.Stash());
        });
    }

    private sealed record JournalIds(IReadOnlyList<string> Ids);
}

/// <summary>Enter a CAP its entity accepted; answers the <see cref="InboxCatalog"/>.</summary>
public sealed record CatalogCap(string Name, string Site);

/// <summary>Enter a client its entity accepted; answers the <see cref="InboxCatalog"/>.</summary>
public sealed record CatalogClient(string Name, string Site);

/// <summary>Take out a CAP its entity removed; answers the <see cref="InboxCatalog"/>.</summary>
public sealed record UncatalogCap(string Name);

/// <summary>Take out a client its entity removed; answers the <see cref="InboxCatalog"/>.</summary>
public sealed record UncatalogClient(string Name);

/// <summary>Answers the <see cref="InboxCatalog"/>.</summary>
public sealed record GetInboxCatalog
{
    public static readonly GetInboxCatalog Instance = new();
}
