using ActorDistribution.Shares.Storage;

namespace ActorDistribution.Shares;

/// <summary>
/// The rules of the share host (SPEC.md section 4), the same for every storage: sessions, handles,
/// sharing violations, access and messages live here; <see cref="IShareStorage"/> only keeps files.
/// One lock guards everything, since each operation is short (in memory) or must be atomic with its
/// sharing check (on disk); only the stream copy of <see cref="WriteFileAsync"/> runs outside it.
/// </summary>
public abstract partial class ShareHost : IShareHost
{
    /// <summary>The session id carried by a service write in progress, which has no session.</summary>
    private static readonly SessionId ServiceWrite = new(0);

    private readonly object _gate = new();
    private readonly IShareStorage _storage;
    private readonly TimeProvider _clock;
    private readonly Dictionary<ShareAddress, ShareState> _shares = [];
    private readonly Dictionary<SessionId, ShareState> _sessionShares = [];
    private readonly Dictionary<HandleId, ShareState> _handleShares = [];
    private readonly Dictionary<string, List<ShareMessage>> _messages = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<(string User, string Key)> _deliveredKeys = [];  // keyed messages already delivered
    private long _lastSession;
    private long _lastHandle;

    private protected ShareHost(IShareStorage storage, TimeProvider clock, ShareHostOptions? options)
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

    private static NotFound ShareNotFound(ShareAddress share) => new($"share {share}");

    private static NotFound SessionNotFound(SessionId session) => new($"session {session} (never connected, or already ended)");

    private static NotFound HandleNotFound(HandleId handle) => new($"handle {handle} (never opened, or already closed)");

    private static NotFound FileNotFound(ShareState state, SharePath path) => new($"file {state.Address}/{path}");
}
