using System.Data.Common;
using ActorDistribution.Persistence.Journal;

namespace ActorDistribution.Persistence.Sql;

/// <summary>A prepared INSERT into event_journal whose parameters are re-bound per row.</summary>
internal sealed class RowInsert : IDisposable
{
    private readonly SqlDialect _dialect;
    private readonly DbCommand _command;
    private readonly DbParameter _pid, _seq, _created, _manifest, _payload, _writer;

    public RowInsert(SqlDialect dialect, DbConnection connection, DbTransaction transaction, string sql)
    {
        _dialect = dialect;
        _command = connection.Command(sql, transaction);
        _pid = _command.Add("@pid", "");
        _seq = _command.Add("@seq", 0L);
        _created = _command.Add("@created", dialect.ToDb(default));
        _manifest = _command.Add("@manifest", "");
        _payload = _command.Add("@payload", Array.Empty<byte>());
        _writer = _command.Add("@writer", "");
        _command.Prepare();
    }

    public void Execute(JournalRow row)
    {
        Bind(row);
        _command.ExecuteNonQuery();
    }

    public long ExecuteScalar(JournalRow row)
    {
        Bind(row);
        return Convert.ToInt64(_command.ExecuteScalar());
    }

    private void Bind(JournalRow row)
    {
        _pid.Value = row.PersistenceId;
        _seq.Value = row.SequenceNr;
        _created.Value = _dialect.ToDb(row.CreatedAt);
        _manifest.Value = row.Manifest;
        _payload.Value = row.Payload;
        _writer.Value = row.Writer;
    }

    public void Dispose() => _command.Dispose();
}
