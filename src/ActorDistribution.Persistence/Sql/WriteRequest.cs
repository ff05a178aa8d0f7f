using System.Data.Common;
using ActorDistribution.Persistence.Journal;

namespace ActorDistribution.Persistence.Sql;

/// <summary>
/// One queued unit of work for the writer: either the rows of one atomic write (batched with others), or an
/// action that runs alone in its own transaction (deletes).
/// </summary>
internal sealed class WriteRequest
{
    private WriteRequest(IReadOnlyList<JournalRow>? rows, Func<DbConnection, DbTransaction, CancellationToken, Task>? action)
    {
        Rows = rows;
        Action = action;
    }

    public IReadOnlyList<JournalRow>? Rows { get; }
    public Func<DbConnection, DbTransaction, CancellationToken, Task>? Action { get; }
    public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static WriteRequest Append(IReadOnlyList<JournalRow> rows) => new(rows, null);

    public static WriteRequest Exclusive(Func<DbConnection, DbTransaction, CancellationToken, Task> action) => new(null, action);
}
