namespace ActorDistribution.Persistence.Journal;

/// <summary>Events of one persistence id with consecutive sequence numbers, stored all or none.</summary>
public sealed record AtomicWrite
{
    public AtomicWrite(IReadOnlyList<PersistentRepr> events)
    {
        if (events.Count == 0) throw new ArgumentException("an atomic write needs at least one event", nameof(events));
        var first = events[0];
        for (var i = 1; i < events.Count; i++)
        {
            if (events[i].PersistenceId != first.PersistenceId)
                throw new ArgumentException("all events of an atomic write must share one persistence id", nameof(events));
            if (events[i].SequenceNr != first.SequenceNr + i)
                throw new ArgumentException("sequence numbers of an atomic write must be consecutive", nameof(events));
        }
        if (first.SequenceNr < 1) throw new ArgumentException("sequence numbers start at 1", nameof(events));
        Events = events;
    }

    public AtomicWrite(PersistentRepr single) : this([single]) { }

    public IReadOnlyList<PersistentRepr> Events { get; }
    public string PersistenceId => Events[0].PersistenceId;
    public long LowestSequenceNr => Events[0].SequenceNr;
    public long HighestSequenceNr => Events[^1].SequenceNr;
}
