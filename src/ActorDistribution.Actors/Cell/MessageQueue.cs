namespace ActorDistribution.Actors.Cell;

/// <summary>
/// A multi-producer, single-consumer FIFO of envelopes in linked array segments. Nothing is allocated
/// until the first message (an idle actor costs one small object); segments start small and double,
/// so a busy mailbox allocates per segment, not per message. Each producer's messages stay in order.
/// </summary>
internal sealed class MessageQueue
{
    private const int FirstSegmentSize = 4;
    private const int MaxSegmentSize = 256;

    private Segment? _producerSegment;  // where producers append
    private Segment? _consumerSegment;  // where the single consumer reads
    private int _readIndex;

    public void Enqueue(in Envelope envelope)
    {
        var segment = Volatile.Read(ref _producerSegment) ?? FirstSegment();
        while (true)
        {
            var index = Interlocked.Increment(ref segment.Reserved) - 1;
            if (index < segment.Slots.Length)
            {
                segment.Slots[index].Envelope = envelope;
                // A full fence, not just a release: the caller reads the cell's status next, and the
                // consumer reads this flag after publishing "idle"; each must see the other's write.
                Interlocked.Exchange(ref segment.Slots[index].Published, 1);
                return;
            }
            segment = NextSegment(segment);
        }
    }

    /// <summary>Single consumer only. A reserved slot not yet published reads as "not there yet"; its producer schedules the cell after publishing.</summary>
    public bool TryDequeue(out Envelope envelope)
    {
        if (!TryPeekSlot(out var segment, out var index))
        {
            envelope = default;
            return false;
        }
        ref var slot = ref segment.Slots[index];
        envelope = slot.Envelope;
        slot.Envelope = default;  // let the message be collected while the segment lives on
        _readIndex = index + 1;
        return true;
    }

    public bool HasMessages => TryPeekSlot(out _, out _);

    private bool TryPeekSlot(out Segment segment, out int index)
    {
        segment = Volatile.Read(ref _consumerSegment)!;
        index = _readIndex;
        if (segment is null) return false;
        if (index == segment.Slots.Length)
        {
            var next = Volatile.Read(ref segment.Next);
            if (next is null) return false;
            _consumerSegment = segment = next;
            _readIndex = index = 0;
        }
        return Volatile.Read(ref segment.Slots[index].Published) != 0;
    }

    private Segment FirstSegment()
    {
        var fresh = new Segment(FirstSegmentSize);
        var existing = Interlocked.CompareExchange(ref _producerSegment, fresh, null);
        if (existing is not null) return existing;
        Volatile.Write(ref _consumerSegment, fresh);  // before any slot of it is published
        return fresh;
    }

    private Segment NextSegment(Segment full)
    {
        var next = Volatile.Read(ref full.Next);
        if (next is null)
        {
            var fresh = new Segment(Math.Min(full.Slots.Length * 2, MaxSegmentSize));
            next = Interlocked.CompareExchange(ref full.Next, fresh, null) ?? fresh;
        }
        Interlocked.CompareExchange(ref _producerSegment, next, full);
        return next;
    }

    private sealed class Segment(int size)
    {
        public readonly Slot[] Slots = new Slot[size];
        public int Reserved;
        public Segment? Next;
    }

    private struct Slot
    {
        public Envelope Envelope;
        public int Published;
    }
}
