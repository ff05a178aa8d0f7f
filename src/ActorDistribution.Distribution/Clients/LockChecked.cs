using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Clients;

/// <summary>
/// One look at the offer inbox: the path tried, whether it was reachable, whether the lock file was
/// there, and when the client looks again (null when it reads offers or gives up). A legacy look
/// <paramref name="StartedAt"/> the open and ends at the close; re-checks are spaced from the start.
/// </summary>
[EventManifest("client.lock-checked.v1")]
public sealed record LockChecked(
    DateTimeOffset At,
    DateTimeOffset StartedAt,
    string Path,
    bool Accessible,
    bool LockFound,
    int Check,
    TimeSpan RetryInterval,
    DateTimeOffset? NextCheckAt) : ClientEvent(At);
