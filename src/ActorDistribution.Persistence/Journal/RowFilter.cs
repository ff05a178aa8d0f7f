namespace ActorDistribution.Persistence.Journal;

/// <summary>Which rows a query page reads: all, one persistence id (within a sequence range), or one tag.</summary>
internal sealed record RowFilter(string? PersistenceId = null, string? Tag = null, long FromSequenceNr = 0, long ToSequenceNr = long.MaxValue)
{
    public static readonly RowFilter All = new();
}
