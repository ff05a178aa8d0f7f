namespace ActorDistribution.Persistence.Journal;

/// <summary>A row of event_journal with its tags, as the storages read and write it.</summary>
internal sealed record JournalRow(
    long Ordering,
    string PersistenceId,
    long SequenceNr,
    DateTimeOffset CreatedAt,
    string Manifest,
    byte[] Payload,
    string Writer,
    bool Deleted,
    string[] Tags);
