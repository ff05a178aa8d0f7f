namespace ActorDistribution.Actors.Cell;

/// <summary>
/// A multi-producer, single-consumer FIFO (a linked list with an atomic exchange on the producer end).
/// Each producer's messages stay in order; an idle queue costs one small node, not a buffer.
/// </summary>
internal sealed class MessageQueue
{
    private Node _head;  // producers append here
    private Node _tail;  // the consumer reads after this (a consumed node serves as the stub)

    public MessageQueue() => _head = _tail = new Node();

    public void Enqueue(in Envelope envelope)
    {
        var node = new Node { Item = envelope };
        var previous = Interlocked.Exchange(ref _head, node);
        Volatile.Write(ref previous.Next, node);
    }

    /// <summary>Single consumer only. A producer between its exchange and its link is seen as "not yet there"; it schedules the cell after linking.</summary>
    public bool TryDequeue(out Envelope envelope)
    {
        var next = Volatile.Read(ref _tail.Next);
        if (next is null)
        {
            envelope = default;
            return false;
        }
        _tail = next;
        envelope = next.Item;
        next.Item = default;
        return true;
    }

    public bool HasMessages => Volatile.Read(ref _tail.Next) is not null;

    private sealed class Node
    {
        public Envelope Item;
        public Node? Next;
    }
}
