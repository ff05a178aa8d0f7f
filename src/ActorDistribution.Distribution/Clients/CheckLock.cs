namespace ActorDistribution.Distribution.Clients;

/// <summary>
/// Look for the lock file in the CAP inbox; answer <see cref="LockCheckResult"/>. Scan mode lists the
/// inbox and opens nothing. Legacy mode opens the lock file and keeps the handle (report it); the
/// client then asks for <see cref="ReleaseLock"/> after its hold.
/// </summary>
public sealed record CheckLock(DateTimeOffset DueAt, string Cap, string Inbox, string LockFile, ClientMode Mode) : ClientStep(DueAt);
