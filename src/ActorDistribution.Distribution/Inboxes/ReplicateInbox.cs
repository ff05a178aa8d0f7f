namespace ActorDistribution.Distribution.Inboxes;

/// <summary>
/// The inbox manager asks for the CAP inbox to match the site inbox at <paramref name="Version"/>.
/// The delete limits travel with the order, so the journal shows which ones an update ran under.
/// </summary>
public sealed record ReplicateInbox(
    DateTimeOffset At,
    string Version,
    IReadOnlyList<string> Files,
    int DeleteAttempts,
    TimeSpan DeleteRetrySpacing) : InboxCommand(At);
