using ActorDistribution.Distribution.Caps;
using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Inboxes;

/// <summary>The manager ordered an update of one CAP inbox; the actor tells that inbox entity (again after a restart).</summary>
[EventManifest("inbox.update-dispatched.v1")]
public sealed record InboxUpdateDispatched(
    DateTimeOffset At,
    CapInbox Address,
    string Version,
    IReadOnlyList<string> Files,
    int DeleteAttempts,
    TimeSpan DeleteRetrySpacing) : InboxManagerEvent(At)
{
    public ReplicateInbox ToOrder() => new(At, Version, Files, DeleteAttempts, DeleteRetrySpacing);
}
