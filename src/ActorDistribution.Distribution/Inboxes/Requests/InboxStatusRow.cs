namespace ActorDistribution.Distribution.Inboxes.Requests;

/// <summary>
/// One CAP inbox: whether the lock file is on the share now, since when and how old it is, the delete
/// attempts of the current or last update (of the limit it ran under), the update phase, the replicated
/// version and the alarms raised (e.g. a lock left after every delete failed).
/// </summary>
public sealed record InboxStatusRow(
    string Cap,
    string Site,
    string Inbox,
    bool LockPresent,
    DateTimeOffset? LockSince,
    TimeSpan? LockAge,
    int DeleteAttempts,
    int DeleteAttemptLimit,
    string Phase,
    string? ReplicatedVersion,
    IReadOnlyList<string> Alarms);
