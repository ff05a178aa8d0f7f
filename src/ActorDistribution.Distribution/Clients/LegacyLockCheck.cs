using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Clients;

/// <summary>A legacy check's result with the session that holds the lock file open, if the open succeeded.</summary>
internal sealed record LegacyLockCheck(LockCheckResult Result, SessionId? Session);
