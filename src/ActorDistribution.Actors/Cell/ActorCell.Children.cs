namespace ActorDistribution.Actors.Cell;

// Children: unique names, created through Context or (for guardians) from any thread.
internal sealed partial class ActorCell
{
    private Dictionary<string, ActorCell>? _children;  // guarded by lock on the dictionary
    private long _anonymousChildren;

    public IEnumerable<IActorRef> Children => ChildCells().Select(c => c.Self);

    public IActorRef Child(string name)
    {
        var children = Volatile.Read(ref _children);
        if (children is null) return ActorRefs.Nobody;
        lock (children) return children.TryGetValue(name, out var child) ? child.Self : ActorRefs.Nobody;
    }

    public IActorRef ActorOf(Props props, string? name = null)
    {
        name = name is null ? NextAnonymousName() : ValidateName(name);
        var child = new ActorCell(_system, props, this, _self.Path.Child(name));
        var children = ChildrenDictionary();
        bool parentStopping;
        lock (children)
        {
            if (!children.TryAdd(name, child))
                throw new InvalidActorNameException($"Actor name [{name}] is not unique under {_self.Path}.");
            parentStopping = _terminating;  // read under the lock the stop takes its list under
        }
        child.Start();
        if (parentStopping) child.RequestStop();  // born into a stopping parent: it must not keep the parent waiting
        return child.Self;
    }

    private Dictionary<string, ActorCell> ChildrenDictionary()
        => Volatile.Read(ref _children)
           ?? Interlocked.CompareExchange(ref _children, new Dictionary<string, ActorCell>(StringComparer.Ordinal), null)
           ?? _children!;

    /// <summary>Marks the cell stopping and takes its children, atomically with respect to <see cref="ActorOf"/> on other threads.</summary>
    private ActorCell[] MarkTerminatingAndListChildren()
    {
        var children = ChildrenDictionary();
        lock (children)
        {
            _terminating = true;
            return children.Values.ToArray();
        }
    }

    public void Stop(IActorRef actor)
    {
        if (actor is LocalActorRef local) local.Cell.RequestStop();
    }

    public ActorCell[] ChildCells()
    {
        var children = Volatile.Read(ref _children);
        if (children is null) return [];
        lock (children) return children.Values.ToArray();
    }

    private int ChildCount()
    {
        var children = Volatile.Read(ref _children);
        if (children is null) return 0;
        lock (children) return children.Count;
    }

    private bool IsChild(ActorCell cell)
    {
        var children = Volatile.Read(ref _children);
        if (children is null) return false;
        lock (children) return children.TryGetValue(cell.Self.Path.Name, out var known) && ReferenceEquals(known, cell);
    }

    private bool HasStoppingChildren() => ChildCells().Any(c => c.StopRequested);

    private void HandleChildTerminated(ActorCell child)
    {
        var children = Volatile.Read(ref _children);
        if (children is not null)
            lock (children)
                if (children.TryGetValue(child.Self.Path.Name, out var known) && ReferenceEquals(known, child))
                    children.Remove(child.Self.Path.Name);
        _extras?.EscalatedChildren?.Remove(child);
        _extras?.ChildStats?.Remove(child);

        if (_terminating)
        {
            // Counted, not copied: a parent of a million children hears a million of these.
            if (ChildCount() == 0) FinishTerminate();
        }
        else if (_extras?.PendingRestartCause is { } cause && !HasStoppingChildren())
        {
            FinishRecreate(cause);
        }
    }

    private string NextAnonymousName()
    {
        var n = Interlocked.Increment(ref _anonymousChildren);
        return "$" + Base36(n);
    }

    private static string Base36(long n)
    {
        const string digits = "abcdefghijklmnopqrstuvwxyz0123456789";
        Span<char> buffer = stackalloc char[16];
        var i = buffer.Length;
        do { buffer[--i] = digits[(int)(n % 36)]; n /= 36; } while (n > 0);
        return new string(buffer[i..]);
    }

    private static string ValidateName(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new InvalidActorNameException("An actor name must not be empty.");
        if (name.StartsWith('$')) throw new InvalidActorNameException($"Actor name [{name}] must not start with '$' (reserved for generated names).");
        if (name.Contains('/')) throw new InvalidActorNameException($"Actor name [{name}] must not contain '/'.");
        return name;
    }
}
