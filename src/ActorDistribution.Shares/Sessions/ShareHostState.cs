namespace ActorDistribution.Shares;

/// <summary>
/// A share host's bookkeeping at one moment (sessions, handles, access, messages, counters), without the files:
/// what a file-server process keeps so that its sessions and held handles outlive a restart.
/// </summary>
public sealed record ShareHostState(
    IReadOnlyList<ShareSession> Sessions,
    IReadOnlyList<OpenHandle> Handles,
    IReadOnlyList<ShareAddress> RevokedShares,
    IReadOnlyList<UserMessage> Messages,
    IReadOnlyList<DeliveredKey> DeliveredKeys,
    long LastSession,
    long LastHandle);

/// <summary>A message in a user's inbox, as kept in a <see cref="ShareHostState"/>.</summary>
public sealed record UserMessage(string User, ShareMessage Message);

/// <summary>A keyed message already delivered to a user, as kept in a <see cref="ShareHostState"/>.</summary>
public sealed record DeliveredKey(string User, string Key);
