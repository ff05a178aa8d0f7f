using ActorDistribution.Actors.Time;
using ActorDistribution.Shares.Storage;

namespace ActorDistribution.Shares;

/// <summary>
/// The rules of the share host (SPEC.md section 4), the same for every storage: sessions, handles,
/// sharing violations, access and messages live here; <see cref="IShareStorage"/> only keeps files.
/// One lock guards everything, since each operation is short (in memory) or must be atomic with its
/// sharing check (on disk); only the stream copy of <see cref="WriteFileAsync"/> runs outside it.
/// </summary>
public abstract class ShareHost : IShareHost
{
    /// <summary>The session id carried by a service write in progress, which has no session.</summary>
    private static readonly SessionId ServiceWrite = new(0);

    private readonly object _gate = new();
    private readonly IShareStorage _storage;
    private readonly IClock _clock;
    private readonly Dictionary<ShareAddress, ShareState> _shares = [];
    private readonly Dictionary<SessionId, ShareState> _sessionShares = [];
    private readonly Dictionary<HandleId, ShareState> _handleShares = [];
    private readonly Dictionary<string, List<ShareMessage>> _messages = new(StringComparer.OrdinalIgnoreCase);
    private long _lastSession;
    private long _lastHandle;

    private protected ShareHost(IShareStorage storage, IClock clock, ShareHostOptions? options)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _storage = storage;
        _clock = clock;
        ServiceAccount = (options ?? new ShareHostOptions()).ServiceAccount;
        foreach (var share in storage.DiscoverShares()) _shares[share] = new ShareState(share);
    }

    public string ServiceAccount { get; }

    public ShareResult CreateShare(ShareAddress share)
    {
        ArgumentNullException.ThrowIfNull(share);
        lock (_gate)
        {
            if (_shares.ContainsKey(share)) return new AlreadyExists($"share {share}");
            _storage.CreateShare(share);
            _shares[share] = new ShareState(share);
            return ShareResult.Ok;
        }
    }

    public ShareResult DeleteShare(ShareAddress share)
    {
        lock (_gate)
        {
            if (!_shares.TryGetValue(share, out var state)) return ShareNotFound(share);
            if (!state.IsIdle)
            {
                var holders = state.AllHolders();
                return new SharingViolation(state.Address, holders[0].Path, holders);
            }
            foreach (var session in state.Sessions.ToList()) EndSession(state, session.Id);
            _storage.DeleteShare(share);
            _shares.Remove(share);
            return ShareResult.Ok;
        }
    }

    public IReadOnlyList<ShareAddress> ListShares(string server)
    {
        lock (_gate)
        {
            return _shares.Keys
                .Where(share => string.Equals(share.Server, server, StringComparison.OrdinalIgnoreCase))
                .OrderBy(share => share.Share, StringComparer.OrdinalIgnoreCase)
                .ToList();
        }
    }

    public ShareResult<ShareSession> Connect(string user, ShareAddress share)
    {
        lock (_gate)
        {
            if (!_shares.TryGetValue(share, out var state)) return ShareNotFound(share);
            if (string.IsNullOrWhiteSpace(user)) return new AccessDenied(state.Address, user ?? "", "a user name is required");
            if (state.Access == AccessState.Revoked && !IsServiceAccount(user))
                return new AccessDenied(state.Address, user, $"access is revoked for everyone but {ServiceAccount}");
            var session = new ShareSession(new SessionId(++_lastSession), user, state.Address, _clock.UtcNow);
            state.Add(session);
            _sessionShares[session.Id] = state;
            return ShareResult.Success(session);
        }
    }

    public ShareResult Disconnect(SessionId session)
    {
        lock (_gate)
        {
            if (!_sessionShares.TryGetValue(session, out var state)) return SessionNotFound(session);
            EndSession(state, session);
            return ShareResult.Ok;
        }
    }

    public ShareResult<IReadOnlyList<SessionListing>> ListSessions(ShareAddress share)
    {
        lock (_gate)
        {
            if (!_shares.TryGetValue(share, out var state)) return ShareNotFound(share);
            IReadOnlyList<SessionListing> listings = state.Sessions
                .OrderBy(session => session.Id.Value)
                .Select(session => new SessionListing(session, state.HandlesOf(session.Id)))
                .ToList();
            return ShareResult.Success(listings);
        }
    }

    public ShareResult<OpenHandle> OpenFile(SessionId session, string path)
    {
        lock (_gate)
        {
            if (!_sessionShares.TryGetValue(session, out var state)) return SessionNotFound(session);
            if (Locate(state, path, isFile: true, out var canonical) is { } invalid) return invalid;
            var entry = _storage.Find(state.Address, canonical);
            if (entry is null) return FileNotFound(state, canonical);
            if (entry.IsDirectory) return new PathConflict(state.Address, entry.Path.Value, "is a directory, not a file");
            if (state.IsBeingWritten(canonical))
                return new SharingViolation(state.Address, entry.Path.Value, state.HoldersOf(canonical));
            var handle = new OpenHandle(new HandleId(++_lastHandle), session, state.Session(session).User, state.Address, entry.Path.Value, _clock.UtcNow);
            state.Add(handle, entry.Path);
            _handleShares[handle.Id] = state;
            return ShareResult.Success(handle);
        }
    }

    public ShareResult CloseHandle(HandleId handle)
    {
        lock (_gate)
        {
            if (!_handleShares.Remove(handle, out var state)) return HandleNotFound(handle);
            state.Close(handle);
            return ShareResult.Ok;
        }
    }

    public ShareResult<Stream> ReadHandle(HandleId handle)
    {
        lock (_gate)
        {
            if (!_handleShares.TryGetValue(handle, out var state)) return HandleNotFound(handle);
            return ShareResult.Success(_storage.OpenRead(state.Address, state.PathOf(handle)));
        }
    }

    public ShareResult WriteFile(ShareAddress share, string path, ReadOnlySpan<byte> content)
    {
        lock (_gate)
        {
            if (Locate(share, path, isFile: true, out var state, out var canonical) is { } invalid) return invalid;
            if (CheckFileSlot(state, canonical) is { } conflict) return conflict;
            if (Sharing(state, canonical) is { } violation) return violation;
            _storage.WriteFile(state.Address, canonical, content, _clock.UtcNow);
            return ShareResult.Ok;
        }
    }

    public async Task<ShareResult> WriteFileAsync(ShareAddress share, string path, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ShareState state;
        SharePath canonical;
        lock (_gate)
        {
            if (Locate(share, path, isFile: true, out state, out canonical) is { } invalid) return invalid;
            if (CheckFileSlot(state, canonical) is { } conflict) return conflict;
            if (Sharing(state, canonical) is { } violation) return violation;
            var stored = _storage.Find(state.Address, canonical)?.Path ?? canonical;
            state.BeginWrite(canonical, new OpenHandle(new HandleId(++_lastHandle), ServiceWrite, ServiceAccount, state.Address, stored.Value, _clock.UtcNow));
        }

        StagedContent? staged = null;
        try
        {
            staged = await _storage.StageAsync(content, cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                // The directory layout may have changed while copying; the reservation only covers the file.
                if (CheckFileSlot(state, canonical) is { } conflict) return conflict;
                _storage.Commit(state.Address, canonical, staged, _clock.UtcNow);
                staged = null;
                return ShareResult.Ok;
            }
        }
        finally
        {
            lock (_gate) state.EndWrite(canonical);
            if (staged is not null) _storage.Discard(staged);
        }
    }

    public ShareResult DeleteFile(ShareAddress share, string path)
    {
        lock (_gate)
        {
            if (Locate(share, path, isFile: true, out var state, out var canonical) is { } invalid) return invalid;
            var entry = _storage.Find(state.Address, canonical);
            if (entry is null) return FileNotFound(state, canonical);
            if (entry.IsDirectory) return new PathConflict(state.Address, entry.Path.Value, "is a directory, not a file");
            if (Sharing(state, canonical) is { } violation) return violation;
            _storage.DeleteFile(state.Address, entry.Path);
            return ShareResult.Ok;
        }
    }

    public ShareResult CreateDirectory(ShareAddress share, string path)
    {
        lock (_gate)
        {
            if (Locate(share, path, isFile: false, out var state, out var canonical) is { } invalid) return invalid;
            if (canonical.IsRoot) return ShareResult.Ok;
            foreach (var directory in canonical.Ancestors().Append(canonical))
            {
                if (_storage.Find(state.Address, directory) is { IsDirectory: false } file)
                    return new PathConflict(state.Address, file.Path.Value, "is a file, not a directory");
            }
            if (state.IsBeingWritten(canonical)) return new PathConflict(state.Address, canonical.Value, "a file is being written there");
            _storage.CreateDirectory(state.Address, canonical);
            return ShareResult.Ok;
        }
    }

    public ShareResult DeleteDirectory(ShareAddress share, string path)
    {
        lock (_gate)
        {
            if (Locate(share, path, isFile: false, out var state, out var canonical) is { } invalid) return invalid;
            if (canonical.IsRoot) return new InvalidPath(path, "the share root cannot be deleted; delete the share instead");
            var entry = _storage.Find(state.Address, canonical);
            if (entry is null) return new NotFound($"directory {state.Address}/{canonical}");
            if (!entry.IsDirectory) return new PathConflict(state.Address, entry.Path.Value, "is a file, not a directory");
            return DeleteTree(state, entry.Path) is { } stopped ? stopped : ShareResult.Ok;
        }
    }

    public ShareResult<IReadOnlyList<DirectoryEntry>> ListDirectory(ShareAddress share, string path)
    {
        lock (_gate)
        {
            if (Locate(share, path, isFile: false, out var state, out var canonical) is { } invalid) return invalid;
            var entry = canonical.IsRoot ? new StoredEntry(canonical, IsDirectory: true) : _storage.Find(state.Address, canonical);
            if (entry is null) return new NotFound($"directory {state.Address}/{canonical}");
            if (!entry.IsDirectory) return new PathConflict(state.Address, entry.Path.Value, "is a file, not a directory");
            return ShareResult.Success(_storage.List(state.Address, entry.Path));
        }
    }

    public ShareResult<byte[]> ReadFile(ShareAddress share, string path)
    {
        lock (_gate)
        {
            if (LocateFile(share, path, out var state, out var entry) is { } failure) return failure;
            return ShareResult.Success(_storage.Read(state.Address, entry.Path));
        }
    }

    public ShareResult<ShareFileInfo> GetFileInfo(ShareAddress share, string path)
    {
        lock (_gate)
        {
            if (LocateFile(share, path, out var state, out var entry) is { } failure) return failure;
            return ShareResult.Success(_storage.Info(state.Address, entry.Path));
        }
    }

    public ShareResult<IReadOnlyList<OpenHandle>> FindOpenFiles(ShareAddress share, string subtree)
    {
        lock (_gate)
        {
            if (Locate(share, subtree, isFile: false, out var state, out var canonical) is { } invalid) return invalid;
            return ShareResult.Success(state.HandlesUnder(canonical));
        }
    }

    public ShareResult RevokeAccess(ShareAddress share) => SetAccess(share, AccessState.Revoked);

    public ShareResult RestoreAccess(ShareAddress share) => SetAccess(share, AccessState.Open);

    public ShareResult<AccessState> GetAccessState(ShareAddress share)
    {
        lock (_gate)
        {
            if (!_shares.TryGetValue(share, out var state)) return ShareNotFound(share);
            return ShareResult.Success(state.Access);
        }
    }

    public ShareResult<ForceCloseReport> ForceClose(ShareAddress share, string subtree, string reason)
    {
        lock (_gate)
        {
            if (Locate(share, subtree, isFile: false, out var state, out var canonical) is { } invalid) return invalid;
            var sessions = state.HandlesUnder(canonical).Select(h => h.Session).Distinct().Select(state.Session).ToList();
            var closed = new List<OpenHandle>();
            foreach (var session in sessions) closed.AddRange(EndSession(state, session.Id));
            var users = sessions.Select(s => s.User).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var user in users) Deliver(user, reason);
            return ShareResult.Success(new ForceCloseReport(users, sessions, closed));
        }
    }

    public void SendMessage(string user, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        lock (_gate) Deliver(user, text);
    }

    public IReadOnlyList<ShareMessage> Messages(string user)
    {
        lock (_gate) return _messages.TryGetValue(user, out var messages) ? messages.ToList() : [];
    }

    private ShareResult SetAccess(ShareAddress share, AccessState access)
    {
        lock (_gate)
        {
            if (!_shares.TryGetValue(share, out var state)) return ShareNotFound(share);
            state.Access = access;
            return ShareResult.Ok;
        }
    }

    private bool IsServiceAccount(string user) => string.Equals(user, ServiceAccount, StringComparison.OrdinalIgnoreCase);

    private void Deliver(string user, string text)
    {
        if (!_messages.TryGetValue(user, out var messages)) _messages[user] = messages = [];
        messages.Add(new ShareMessage(_clock.UtcNow, ServiceAccount, text));
    }

    private IReadOnlyList<OpenHandle> EndSession(ShareState state, SessionId session)
    {
        var closed = state.End(session);
        foreach (var handle in closed) _handleShares.Remove(handle.Id);
        _sessionShares.Remove(session);
        return closed;
    }

    /// <summary>Deletes files in name order, depth first; stops at the first file someone holds.</summary>
    private SharingViolation? DeleteTree(ShareState state, SharePath directory)
    {
        foreach (var entry in _storage.List(state.Address, directory))
        {
            var child = directory.Append(entry.Name);
            if (entry.IsDirectory)
            {
                if (DeleteTree(state, child) is { } stopped) return stopped;
                continue;
            }
            if (Sharing(state, child) is { } violation) return violation;
            _storage.DeleteFile(state.Address, child);
        }
        _storage.DeleteEmptyDirectory(state.Address, directory);
        return null;
    }

    private SharingViolation? Sharing(ShareState state, SharePath path)
    {
        var holders = state.HoldersOf(path);
        return holders.Count == 0 ? null : new SharingViolation(state.Address, holders[0].Path, holders);
    }

    /// <summary>Refuses a file path that is a directory, or that lies under a file.</summary>
    private PathConflict? CheckFileSlot(ShareState state, SharePath path)
    {
        foreach (var directory in path.Ancestors())
        {
            if (_storage.Find(state.Address, directory) is { IsDirectory: false } file)
                return new PathConflict(state.Address, file.Path.Value, "is a file, not a directory");
        }
        return _storage.Find(state.Address, path) is { IsDirectory: true } existing
            ? new PathConflict(state.Address, existing.Path.Value, "is a directory, not a file")
            : null;
    }

    private ShareFailure? Locate(ShareAddress share, string path, bool isFile, out ShareState state, out SharePath canonical)
    {
        ArgumentNullException.ThrowIfNull(share);
        canonical = SharePath.Root;
        if (!_shares.TryGetValue(share, out state!)) return ShareNotFound(share);
        return Locate(state, path, isFile, out canonical);
    }

    private ShareFailure? Locate(ShareState state, string path, bool isFile, out SharePath canonical)
    {
        canonical = SharePath.Root;
        var parsed = isFile ? SharePath.ParseFile(path) : SharePath.Parse(path);
        if (!parsed.IsSuccess) return parsed.Failure;
        canonical = parsed.Value;
        var escape = _storage.Escape(state.Address, canonical);
        return escape is null ? null : new InvalidPath(path, escape);
    }

    private ShareFailure? LocateFile(ShareAddress share, string path, out ShareState state, out StoredEntry entry)
    {
        entry = null!;
        if (Locate(share, path, isFile: true, out state, out var canonical) is { } invalid) return invalid;
        var found = _storage.Find(state.Address, canonical);
        if (found is null) return FileNotFound(state, canonical);
        if (found.IsDirectory) return new PathConflict(state.Address, found.Path.Value, "is a directory, not a file");
        entry = found;
        return null;
    }

    private static NotFound ShareNotFound(ShareAddress share) => new($"share {share}");

    private static NotFound SessionNotFound(SessionId session) => new($"session {session} (never connected, or already ended)");

    private static NotFound HandleNotFound(HandleId handle) => new($"handle {handle} (never opened, or already closed)");

    private static NotFound FileNotFound(ShareState state, SharePath path) => new($"file {state.Address}/{path}");
}
