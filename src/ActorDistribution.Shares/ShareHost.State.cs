namespace ActorDistribution.Shares;

/// <summary>Exporting and restoring the host's bookkeeping, for a file-server process that outlives its restarts.</summary>
public abstract partial class ShareHost
{
    /// <summary>Sessions, handles, revoked access and messages as they are now (service writes in progress are not kept).</summary>
    public ShareHostState ExportState()
    {
        lock (_gate)
        {
            return new ShareHostState(
                _shares.Values.SelectMany(s => s.Sessions).OrderBy(s => s.Id.Value).ToList(),
                _shares.Values.SelectMany(s => s.HandlesUnder(SharePath.Root)).OrderBy(h => h.Id.Value).ToList(),
                _shares.Values.Where(s => s.Access == AccessState.Revoked).Select(s => s.Address).ToList(),
                _messages.SelectMany(pair => pair.Value.Select(m => new UserMessage(pair.Key, m))).ToList(),
                _deliveredKeys.Select(k => new DeliveredKey(k.User, k.Key)).ToList(),
                _lastSession,
                _lastHandle);
        }
    }

    /// <summary>
    /// Takes over a state exported earlier, replacing the bookkeeping (not the files). Sessions of shares
    /// that are gone, and handles of files that are gone, are dropped; <paramref name="closeHandles"/> drops
    /// every handle (the sessions stay), as a file server configured to do so on start.
    /// </summary>
    public void RestoreState(ShareHostState state, bool closeHandles = false)
    {
        ArgumentNullException.ThrowIfNull(state);
        lock (_gate)
        {
            foreach (var share in _shares.Keys.ToList()) _shares[share] = new ShareState(_shares[share].Address);
            _sessionShares.Clear();
            _handleShares.Clear();
            _messages.Clear();
            _deliveredKeys.Clear();
            foreach (var revoked in state.RevokedShares)
                if (_shares.TryGetValue(revoked, out var share)) share.Access = AccessState.Revoked;
            foreach (var session in state.Sessions)
            {
                if (!_shares.TryGetValue(session.Share, out var share)) continue;
                share.Add(session);
                _sessionShares[session.Id] = share;
            }
            if (!closeHandles)
            {
                foreach (var handle in state.Handles)
                {
                    if (!_sessionShares.TryGetValue(handle.Session, out var share)) continue;
                    var path = SharePath.ParseFile(handle.Path);
                    if (!path.IsSuccess || _storage.Find(share.Address, path.Value) is not { IsDirectory: false } entry) continue;
                    share.Add(handle, entry.Path);
                    _handleShares[handle.Id] = share;
                }
            }
            foreach (var message in state.Messages)
            {
                if (!_messages.TryGetValue(message.User, out var messages)) _messages[message.User] = messages = [];
                messages.Add(message.Message);
            }
            foreach (var key in state.DeliveredKeys) _deliveredKeys.Add((key.User, key.Key));
            _lastSession = Math.Max(_lastSession, state.LastSession);
            _lastHandle = Math.Max(_lastHandle, state.LastHandle);
        }
    }
}
