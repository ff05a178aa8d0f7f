namespace ActorDistribution.Shares;

/// <summary>The host's bookkeeping for one share: access, sessions, open handles and service writes in progress.</summary>
internal sealed class ShareState(ShareAddress address)
{
    private readonly Dictionary<SessionId, ShareSession> _sessions = [];
    private readonly Dictionary<HandleId, (OpenHandle Handle, SharePath Path)> _handles = [];
    private readonly Dictionary<SharePath, OpenHandle> _writesInProgress = [];

    public ShareAddress Address { get; } = address;

    public AccessState Access { get; set; } = AccessState.Open;

    public bool IsIdle => _handles.Count == 0 && _writesInProgress.Count == 0;

    public ShareSession Session(SessionId id) => _sessions[id];

    public IEnumerable<ShareSession> Sessions => _sessions.Values;

    public void Add(ShareSession session) => _sessions.Add(session.Id, session);

    public void Add(OpenHandle handle, SharePath path) => _handles.Add(handle.Id, (handle, path));

    public OpenHandle? Handle(HandleId id) => _handles.TryGetValue(id, out var held) ? held.Handle : null;

    public SharePath PathOf(HandleId id) => _handles[id].Path;

    public void Close(HandleId id) => _handles.Remove(id);

    /// <summary>Removes the session and returns the handles it still held.</summary>
    public IReadOnlyList<OpenHandle> End(SessionId id)
    {
        var held = HandlesOf(id);
        foreach (var handle in held) _handles.Remove(handle.Id);
        _sessions.Remove(id);
        return held;
    }

    public IReadOnlyList<OpenHandle> HandlesOf(SessionId id)
        => _handles.Values.Where(h => h.Handle.Session == id).Select(h => h.Handle).OrderBy(h => h.Id.Value).ToList();

    /// <summary>Everything that keeps the file from being written: session handles and a service write in progress.</summary>
    public IReadOnlyList<OpenHandle> HoldersOf(SharePath path)
    {
        var holders = _handles.Values.Where(h => h.Path.Equals(path)).Select(h => h.Handle).OrderBy(h => h.Id.Value).ToList();
        if (_writesInProgress.TryGetValue(path, out var writing)) holders.Add(writing);
        return holders;
    }

    public IReadOnlyList<OpenHandle> HandlesUnder(SharePath subtree)
        => _handles.Values.Where(h => h.Path.IsWithin(subtree)).Select(h => h.Handle).OrderBy(h => h.Id.Value).ToList();

    /// <summary>Every holder in the share, service writes included.</summary>
    public IReadOnlyList<OpenHandle> AllHolders()
        => HandlesUnder(SharePath.Root).Concat(_writesInProgress.Values).ToList();

    public void BeginWrite(SharePath path, OpenHandle writer) => _writesInProgress.Add(path, writer);

    public void EndWrite(SharePath path) => _writesInProgress.Remove(path);

    public bool IsBeingWritten(SharePath path) => _writesInProgress.ContainsKey(path);
}
