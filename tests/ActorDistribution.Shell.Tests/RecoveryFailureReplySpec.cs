using System.Diagnostics;
using ActorDistribution.Runtime.Persistence;
using Microsoft.Data.Sqlite;
using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

/// <summary>
/// A journal row that does not deserialize (tampered to an unknown manifest with plain SQL on the plugin's
/// <c>journal</c> table) makes a request to that entity answer with the cause, within the normal ask, never
/// "no answer within 10 s" (issue 15, item 4). So does a journal the database cannot read at all (a table of the wrong shape):
/// the request that waited for the entity's recovery is answered with the database's error.
/// </summary>
public sealed class RecoveryFailureReplySpec : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose()
    {
        SqliteJournal.Release(JournalPath);
        _data.Dispose();
    }

    private string JournalPath => Path.Combine(_data.Path, "journal.db");

    private (int Code, string Output, string Error) Shell(params string[] words) =>
        Run(["--simulate", "--data", _data.Path, "--", .. words]);

    private void Tamper(string persistenceId, long sequenceNr)
    {
        using var connection = new SqliteConnection($"Data Source={JournalPath};Pooling=False");
        connection.Open();
        using var tamper = connection.CreateCommand();
        tamper.CommandText = "UPDATE journal SET manifest = 'nobody.knows.v9' WHERE persistence_id = $id AND sequence_number = $nr";
        tamper.Parameters.AddWithValue("$id", persistenceId);
        tamper.Parameters.AddWithValue("$nr", sequenceNr);
        Assert.Equal(1, tamper.ExecuteNonQuery());
    }

    [Fact]
    public void A_site_whose_journal_row_does_not_deserialize_answers_site_show_with_the_cause()
    {
        Assert.Equal(0, Shell("site", "add", "CH2").Code);
        Tamper("site/CH2", 1);

        var clock = Stopwatch.StartNew();
        var (code, output, error) = Shell("site", "show", "CH2");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.DoesNotContain("no answer", error);
        Assert.Contains("site/CH2", error);
        Assert.Contains("sequence number 1", error);
        Assert.Contains("nobody.knows.v9", error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(9), $"answered after {clock.Elapsed}, as slow as a time-out");
    }

    [Fact]
    public void A_catalog_whose_journal_row_does_not_deserialize_answers_every_request_with_the_cause()
    {
        Assert.Equal(0, Shell("site", "add", "CH2").Code);
        Tamper("catalog/distribution", 1);

        var (code, _, error) = Shell("site", "show", "CH2");

        Assert.Equal(1, code);
        Assert.DoesNotContain("no answer", error);
        Assert.Contains("catalog/distribution", error);
        Assert.Contains("sequence number 1", error);
        Assert.Contains("nobody.knows.v9", error);
    }

    [Fact]
    public void A_journal_table_the_database_cannot_read_answers_with_the_database_error()
    {
        // On the wall clock: a simulation's clock would already find the journal unreadable at start.
        Assert.Equal(0, Run("--data", _data.Path, "--", "site", "add", "CH2").Code);
        using (var connection = new SqliteConnection($"Data Source={JournalPath};Pooling=False"))
        {
            connection.Open();
            using var breakIt = connection.CreateCommand();
            breakIt.CommandText = "ALTER TABLE journal RENAME TO journal_kept; CREATE TABLE journal (persistence_id TEXT)";
            breakIt.ExecuteNonQuery();
        }

        var clock = Stopwatch.StartNew();
        var (code, _, error) = Run("--data", _data.Path, "--", "site", "show", "CH2");

        Assert.Equal(1, code);
        Assert.DoesNotContain("no answer", error);
        Assert.Contains("error: site show: catalog/distribution cannot be used: reading its journal failed after sequence number 0: SQLite Error 1: 'no such column:", error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(9), $"answered after {clock.Elapsed}, as slow as a time-out");
    }
}
