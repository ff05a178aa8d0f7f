namespace ActorDistribution.Shares;

/// <summary>Access state, force-close, open-file queries and user messages.</summary>
public abstract partial class ShareHost
{
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

    public void SendMessage(string user, string text, string? key = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        lock (_gate)
        {
            if (key is not null && !_deliveredKeys.Add((user.ToUpperInvariant(), key))) return;
            Deliver(user, text);
        }
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
        messages.Add(new ShareMessage(_clock.GetUtcNow(), ServiceAccount, text));
    }
}
