using ActorDistribution.Hocon;

namespace ActorDistribution.Distribution.InboxManagers;

/// <summary>The <c>distribution.inbox-manager</c> section of the configuration.</summary>
/// <param name="CopyDuration">
/// At least how long copying an update's files keeps the lock in place (none when absent). On the in-memory
/// share host a copy is instant, so simulations raise it to let clients meet the lock.
/// </param>
public sealed record InboxManagerSettings(
    List<string> Inboxes,
    TimeSpan ScanInterval,
    int DeleteAttempts,
    TimeSpan DeleteRetrySpacing,
    string LockFile,
    TimeSpan? CopyDuration = null)
{
    /// <summary>The configured inbox whose name matches <paramref name="inbox"/> case-insensitively, or null.</summary>
    public string? Canonical(string inbox)
        => Inboxes.FirstOrDefault(i => string.Equals(i.Replace('\\', '/').Trim('/'), inbox.Replace('\\', '/').Trim('/'), StringComparison.OrdinalIgnoreCase));

    public static InboxManagerSettings From(Config config) => ConfigBinder.Bind<InboxManagerSettings>(config.GetConfig("distribution.inbox-manager"));
}
