using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>An attempt failed: files open, a locked file stopped the copy or delete, or a copy error.</summary>
/// <param name="Users">The users holding <paramref name="LockedFile"/> or the open files, if any.</param>
/// <param name="FirstFailedAt">t0, the first failed attempt of this delivery, from which all attempts are timed.</param>
/// <param name="NextAttemptAt">t0 + (Attempt+1)·x, or null when this was the last allowed attempt.</param>
[EventManifest("despooler.attempt-failed.v1")]
public sealed record AttemptFailed(
    DateTimeOffset At,
    int Attempt,
    string Reason,
    string? LockedFile,
    IReadOnlyList<string> Users,
    DateTimeOffset FirstFailedAt,
    DateTimeOffset? NextAttemptAt) : PackageDirectoryEvent(At);
