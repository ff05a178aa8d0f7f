using ActorDistribution.Actors.Cell;

namespace ActorDistribution.Actors.Stash;

/// <summary>The stash of one actor cell.</summary>
internal sealed class UnboundedStash(ActorCell cell) : IStash
{
    private readonly LinkedList<Envelope> _stashed = new();

    public int Count => _stashed.Count;

    public void Stash()
    {
        var current = cell.CurrentEnvelope ?? throw new InvalidOperationException("There is no current message to stash.");
        _stashed.AddLast(current);
    }

    public void Unstash()
    {
        if (_stashed.First is not { } first) return;
        _stashed.RemoveFirst();
        cell.Prepend([first.Value]);
    }

    public void UnstashAll()
    {
        if (_stashed.Count == 0) return;
        var all = _stashed.ToArray();
        _stashed.Clear();
        cell.Prepend(all);
    }
}
