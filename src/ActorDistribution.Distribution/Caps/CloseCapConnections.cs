namespace ActorDistribution.Distribution.Caps;

/// <summary>
/// Force-close every open file under these subtrees of one CAP; answer <see cref="ConnectionsClosed"/>.
/// Just before closing, ask the inbox manager what it writes: if that touches <paramref name="Touched"/>,
/// close nothing and answer <see cref="InboxManagerStopResult"/> instead, so Decide holds the remedy.
/// </summary>
public sealed record CloseCapConnections(DateTimeOffset DueAt, string Cap, IReadOnlyList<string> Subtrees, IReadOnlyList<CapInbox> Touched)
    : StuckLockStep(DueAt);
