using ActorDistribution.Actors.Time;
using ActorDistribution.Distribution.Audit;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Persistence;
using ActorDistribution.Persistence.Journal;
using ActorDistribution.Persistence.Serialization;

namespace ActorDistribution.Distribution.Tests.Audit;

/// <summary>
/// A SQLite journal in a temp folder, written the way the actors will write it: each event under its entity's
/// persistence id with the next sequence number, stamped by a clock set to the event's own time.
/// </summary>
internal sealed class AuditJournal : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly Dictionary<string, long> _sequenceNrs = new(StringComparer.Ordinal);

    public AuditJournal() => Path = System.IO.Path.Combine(_folder.Path, "journal.db");

    public string Path { get; }

    /// <summary>The serializer of the domain plus <see cref="ServerAdded"/>, a stand-in for the distribution server events to come.</summary>
    public static EventSerializer Serializer() => DistributionEvents.Serializer().Register<ServerAdded>();

    public async Task WriteAsync(string persistenceId, IEnumerable<object> events, IReadOnlyList<string>? tags = null)
    {
        var clock = new SettableClock();
        await using var store = await PersistenceStores.OpenSqliteAsync(Path, Serializer(), clock);
        foreach (var @event in events)
        {
            clock.UtcNow = EventTimeOf(@event);
            var sequenceNr = _sequenceNrs[persistenceId] = _sequenceNrs.GetValueOrDefault(persistenceId) + 1;
            await store.Journal.WriteMessagesAsync(new AtomicWrite(new PersistentRepr(persistenceId, sequenceNr, @event) { Tags = tags ?? [] }));
        }
    }

    public Task WriteAsync(string persistenceId, params object[] events) => WriteAsync(persistenceId, events.AsEnumerable());

    public Task<AuditSource> OpenAsync() => AuditSource.OpenSqliteAsync(Path, Serializer());

    public void Dispose() => _folder.Dispose();

    private static DateTimeOffset EventTimeOf(object @event) =>
        (DateTimeOffset)(@event.GetType().GetProperty("At")?.GetValue(@event) ?? throw new ArgumentException("events carry At"));

    private sealed class SettableClock : IClock
    {
        public DateTimeOffset UtcNow { get; set; }
    }
}
