namespace ActorDistribution.Persistence.Journal;

/// <summary>
/// One event of one persistent actor. On write, <see cref="Timestamp"/> is ignored (the store stamps it from its clock);
/// on replay it carries the stored time, and <see cref="Tags"/> is empty (tags are for queries).
/// </summary>
public sealed record PersistentRepr(string PersistenceId, long SequenceNr, object Payload)
{
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string WriterId { get; init; } = "";
    public DateTimeOffset Timestamp { get; init; }
}
