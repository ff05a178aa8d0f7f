namespace ActorDistribution.Distribution.InboxManagers;

/// <summary>
/// The inbox manager actor's one effect: at <paramref name="DueAt"/>, compare every site inbox with
/// every CAP copy (see <see cref="InboxComparison"/>, passing <paramref name="ClearLeftLocks"/>) and
/// answer <see cref="InboxesCompared"/>.
/// </summary>
public sealed record CompareInboxes(DateTimeOffset DueAt, bool ClearLeftLocks);
