using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Inboxes;

[EventManifest("inbox.files-copied.v1")]
public sealed record InboxFilesCopied(DateTimeOffset At, string Version, IReadOnlyList<string> Files) : InboxEvent(At);
