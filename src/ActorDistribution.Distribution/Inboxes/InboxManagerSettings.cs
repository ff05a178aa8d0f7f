using ActorDistribution.Hocon;

namespace ActorDistribution.Distribution.Inboxes;

/// <summary>The <c>distribution.inbox-manager</c> section of the configuration.</summary>
public sealed record InboxManagerSettings(
    List<string> Inboxes,
    TimeSpan ScanInterval,
    int DeleteAttempts,
    TimeSpan DeleteRetrySpacing,
    string LockFile)
{
    public static InboxManagerSettings From(Config config) => ConfigBinder.Bind<InboxManagerSettings>(config.GetConfig("distribution.inbox-manager"));
}
