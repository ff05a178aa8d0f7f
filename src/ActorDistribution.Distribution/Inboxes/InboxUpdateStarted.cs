using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Inboxes;

[EventManifest("inbox.update-started.v1")]
public sealed record InboxUpdateStarted(
    DateTimeOffset At,
    string Version,
    IReadOnlyList<string> Files,
    int DeleteAttempts,
    TimeSpan DeleteRetrySpacing) : InboxEvent(At);
