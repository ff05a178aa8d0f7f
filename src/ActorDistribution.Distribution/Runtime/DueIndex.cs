using ActorDistribution.Runtime.Serialization;
using Akka.Actor;
using Akka.Persistence;

namespace ActorDistribution.Distribution.Runtime;

/// <summary>
/// The durable due times of one entity kind (<c>due-index/KIND</c>): every entity of the region that waits for a time (or
/// has a step in flight) records it here, so it may passivate and a node start wakes only the entities with something due,
/// each at its due time. Kept as events of an actor rather than a table of our own: the same journal (one transaction
/// story, the same fencing of two writers, visible to the audit), recovery bounded by its own snapshots, and the sharded
/// region beside the local one can keep one index per shard the same way.
/// </summary>
public sealed class DueIndex : DomainActor, IWithTimers
{
    private const string TimerKey = "next-due";
    private readonly string _kind;
    private readonly IActorRef _region;
    private readonly Dictionary<string, DateTimeOffset> _due = new(StringComparer.Ordinal);
    // Entities told to wake for their entry and not heard from since: not woken again until they report.
    private readonly HashSet<string> _woken = new(StringComparer.Ordinal);
    private long _snapshotAt;

    public DueIndex(string kind, IActorRef region)
    {
        _kind = kind;
        _region = region;
        Recover<SnapshotOffer>(offer =>
        {
            if (offer.Snapshot is not DueIndexSnapshot snapshot) return;
            foreach (var entry in snapshot.Entries) _due[entry.EntityId] = entry.DueAt;
            _snapshotAt = offer.Metadata.SequenceNr;
        });
        Recover<DueIndexEvent>(Apply);
        Recover<RecoveryCompleted>(_ => WakeDue());

        Command<DueAt>(report =>
        {
            _woken.Remove(report.EntityId);
            if (_due.TryGetValue(report.EntityId, out var known) && known == report.At) return;
            Persist(new DueRecorded(Now, report.EntityId, report.At), Recorded);
        });
        Command<NothingDue>(report =>
        {
            _woken.Remove(report.EntityId);
            if (!_due.ContainsKey(report.EntityId)) return;
            Persist(new DueCleared(Now, report.EntityId), Recorded);
        });
        Command<Tick>(_ => WakeDue());
        Command<GetDueEntries>(_ => Sender.Tell(new DueEntries(_due.Select(e => new DueEntry(e.Key, e.Value)).OrderBy(e => e.DueAt).ToList()), Self));
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public override string PersistenceId => $"due-index/{_kind}";

    public static Props Props(string kind, IActorRef region) => Akka.Actor.Props.Create(() => new DueIndex(kind, region));

    protected override object Snapshot() => new DueIndexSnapshot(_due.Select(e => new DueEntry(e.Key, e.Value)).ToList());

    private DateTimeOffset Now => Context.System.Scheduler.Now;

    private void Apply(DueIndexEvent @event)
    {
        switch (@event)
        {
            case DueRecorded recorded:
                _due[recorded.EntityId] = recorded.DueAt;
                break;
            case DueCleared cleared:
                _due.Remove(cleared.EntityId);
                break;
        }
    }

    private void Recorded(DueIndexEvent @event)
    {
        Apply(@event);
        // The whole index is one snapshot: taken once the events since the last one outnumber its entries (and snapshot-every),
        // so recovery reads at most about twice the entries, and writing snapshots costs no more than the events did.
        var every = EntitySettings.SnapshotEvery;
        if (every > 0 && LastSequenceNr - _snapshotAt >= Math.Max(every, _due.Count))
        {
            _snapshotAt = LastSequenceNr;
            SaveSnapshot(Snapshot()!);
        }
        ArmTimer();
    }

    /// <summary>Wakes every entity whose time has come (its own recovery re-arms and fires its timer), then waits for the next.</summary>
    private void WakeDue()
    {
        var now = Now;
        foreach (var (id, _) in _due.Where(e => e.Value <= now && !_woken.Contains(e.Key)).ToList())
        {
            _woken.Add(id);
            _region.Tell(new EntityEnvelope(id, WakeUp.Instance), Self);
        }
        ArmTimer();
    }

    private void ArmTimer()
    {
        var next = _due.Where(e => !_woken.Contains(e.Key)).Select(e => (DateTimeOffset?)e.Value).Min();
        if (next is not { } at)
        {
            Timers.Cancel(TimerKey);
            return;
        }
        var wait = at - Now;
        if (wait <= TimeSpan.Zero) Self.Tell(Tick.Instance, Self);
        else Timers.StartSingleTimer(TimerKey, Tick.Instance, wait);
    }

    private sealed record Tick
    {
        public static readonly Tick Instance = new();
    }
}

/// <summary>An entity waits until <paramref name="At"/> (now, for a step in flight): wake it then if it is not running.</summary>
public sealed record DueAt(string EntityId, DateTimeOffset At);

/// <summary>An entity waits for nothing any more.</summary>
public sealed record NothingDue(string EntityId);

/// <summary>Answers <see cref="DueEntries"/>: what the index holds.</summary>
public sealed record GetDueEntries
{
    public static readonly GetDueEntries Instance = new();
}

public sealed record DueEntries(IReadOnlyList<DueEntry> Entries);

public sealed record DueEntry(string EntityId, DateTimeOffset DueAt);

public abstract record DueIndexEvent(DateTimeOffset At) : IJournalEvent;

[EventManifest("due-index.recorded.v1")]
public sealed record DueRecorded(DateTimeOffset At, string EntityId, DateTimeOffset DueAt) : DueIndexEvent(At);

[EventManifest("due-index.cleared.v1")]
public sealed record DueCleared(DateTimeOffset At, string EntityId) : DueIndexEvent(At);

[EventManifest("due-index.snapshot.v1")]
public sealed record DueIndexSnapshot(IReadOnlyList<DueEntry> Entries) : IJournalEvent;
