namespace ActorDistribution.Shares;

/// <summary>Sessions and the read handles they hold.</summary>
public abstract partial class ShareHost
{
    public ShareResult<ShareSession> Connect(string user, ShareAddress share)
    {
        lock (_gate)
        {
            if (!_shares.TryGetValue(share, out var state)) return ShareNotFound(share);
            if (string.IsNullOrWhiteSpace(user)) return new AccessDenied(state.Address, user ?? "", "a user name is required");
            if (state.Access == AccessState.Revoked && !IsServiceAccount(user))
                return new AccessDenied(state.Address, user, $"access is revoked for everyone but {ServiceAccount}");
            var session = new ShareSession(new SessionId(++_lastSession), user, state.Address, _clock.GetUtcNow());
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
            var handle = new OpenHandle(new HandleId(++_lastHandle), session, state.Session(session).User, state.Address, entry.Path.Value, _clock.GetUtcNow());
            state.Add(handle, entry.Path);
            _handleShares[handle.Id] = state;
            return ShareResult.Success(handle);
        }
    }

    public ShareResult<OpenHandle> OpenFileAs(string user, ShareAddress share, string path)
    {
        lock (_gate)
        {
            if (!_shares.TryGetValue(share, out var state)) return ShareNotFound(share);
            var existing = state.Sessions.OrderBy(s => s.Id.Value).FirstOrDefault(s => string.Equals(s.User, user, StringComparison.OrdinalIgnoreCase));
            if (existing is not null) return OpenFile(existing.Id, path);
            var connected = Connect(user, share);
            if (!connected.TryGetValue(out var session)) return connected.Failure!;
            var opened = OpenFile(session.Id, path);
            if (!opened.IsSuccess) EndSession(state, session.Id);
            return opened;
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

    private IReadOnlyList<OpenHandle> EndSession(ShareState state, SessionId session)
    {
        var closed = state.End(session);
        foreach (var handle in closed) _handleShares.Remove(handle.Id);
        _sessionShares.Remove(session);
        return closed;
    }
}
