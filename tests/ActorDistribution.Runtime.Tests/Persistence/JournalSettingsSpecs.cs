using ActorDistribution.Hocon;
using ActorDistribution.Runtime.Persistence;

namespace ActorDistribution.Runtime.Tests.Persistence;

public sealed class JournalSettingsSpecs
{
    private static JournalSettings Bind(string overrides) =>
        JournalSettings.FromConfig(ConfigFactory.ParseString(overrides).WithFallback(ConfigFactory.Reference()));

    [Fact]
    public void The_reference_defaults_select_the_sqlite_file_under_data()
    {
        var settings = Bind("");
        Assert.Equal(JournalKind.Sqlite, settings.Kind);
        Assert.Equal(Path.GetFullPath("./data/journal.db"), settings.SqlitePath);
        Assert.Equal("SQLite.MS", settings.ProviderName);
        Assert.Equal(TimeSpan.FromSeconds(30), settings.SqliteBusyTimeout);
    }

    [Fact]
    public void An_unknown_journal_kind_is_an_error_naming_the_key()
    {
        var error = Assert.Throws<HoconException>(() => Bind("persistence.journal = oracle"));
        Assert.Contains("persistence.journal", error.Message);
        Assert.Contains("oracle", error.Message);
        Assert.Contains("sqlite or postgresql", error.Message);
    }

    [Fact]
    public void An_empty_sqlite_path_is_an_error_naming_the_key()
    {
        var error = Assert.Throws<HoconException>(() => Bind("persistence.sqlite.path = \"\""));
        Assert.Contains("persistence.sqlite.path", error.Message);
    }

    [Fact]
    public void An_empty_postgresql_connection_string_is_an_error_only_when_postgresql_is_chosen()
    {
        Assert.Equal(JournalKind.Sqlite, Bind("persistence.postgresql.connection-string = \"\"").Kind);
        var error = Assert.Throws<HoconException>(() => Bind("persistence { journal = postgresql, postgresql.connection-string = \"\" }"));
        Assert.Contains("persistence.postgresql.connection-string", error.Message);
    }

    [Fact]
    public void A_non_positive_write_batch_size_is_an_error_naming_the_key()
    {
        var error = Assert.Throws<HoconException>(() => Bind("persistence.write.batch-size = 0"));
        Assert.Contains("persistence.write.batch-size", error.Message);
    }

    [Fact]
    public void The_akka_config_selects_the_sql_plugins_with_tables_created_and_tags_in_the_tag_table()
    {
        var settings = Bind("""
            persistence {
              journal = postgresql
              postgresql.connection-string = "Host=db;Password=x"
              write { batch-size = 50, parallelism = 2, buffer-size = 900 }
              query { live-poll-interval = 250ms, page-size = 300 }
            }
            """);
        var akka = settings.ToAkkaConfig();
        Assert.Equal("akka.persistence.journal.sql", akka.GetString("akka.persistence.journal.plugin"));
        Assert.Equal("akka.persistence.snapshot-store.sql", akka.GetString("akka.persistence.snapshot-store.plugin"));
        foreach (var section in new[] { "akka.persistence.journal.sql", "akka.persistence.snapshot-store.sql", "akka.persistence.query.journal.sql" })
        {
            Assert.Equal("Host=db;Password=x", akka.GetString(section + ".connection-string"));
            Assert.Equal("PostgreSQL.15", akka.GetString(section + ".provider-name"));
            Assert.Equal("default", akka.GetString(section + ".table-mapping"));
            Assert.StartsWith("Akka.Persistence.Sql.", akka.GetString(section + ".class"));
        }
        Assert.True(akka.GetBoolean("akka.persistence.journal.sql.auto-initialize"));
        Assert.True(akka.GetBoolean("akka.persistence.snapshot-store.sql.auto-initialize"));
        Assert.Equal("TagTable", akka.GetString("akka.persistence.journal.sql.tag-write-mode"));
        Assert.Equal("TagTable", akka.GetString("akka.persistence.query.journal.sql.tag-read-mode"));
        Assert.Equal("akka.persistence.journal.sql", akka.GetString("akka.persistence.query.journal.sql.write-plugin"));
        Assert.Equal(50, akka.GetInt("akka.persistence.journal.sql.batch-size"));
        Assert.Equal(2, akka.GetInt("akka.persistence.journal.sql.parallelism"));
        Assert.Equal(900, akka.GetInt("akka.persistence.journal.sql.buffer-size"));
        Assert.Equal(300, akka.GetInt("akka.persistence.journal.sql.replay-batch-size"));
        Assert.Equal(300, akka.GetInt("akka.persistence.query.journal.sql.max-buffer-size"));
        Assert.Equal(TimeSpan.FromMilliseconds(250), akka.GetTimeSpan("akka.persistence.query.journal.sql.refresh-interval"));
        Assert.Equal(TimeSpan.FromMilliseconds(250), akka.GetTimeSpan("akka.persistence.query.journal.sql.journal-sequence-retrieval.query-delay"));
    }

    [Fact]
    public void Connection_strings_with_quotes_backslashes_and_substitution_marks_survive_the_generated_hocon()
    {
        const string tricky = "Host=db;Password=\"a\\b${c}\"#d\ne\u0001";
        var akka = JournalSettings.ForPostgreSql(tricky).ToAkkaConfig();
        Assert.Equal(tricky, akka.GetString("akka.persistence.journal.sql.connection-string"));
        Assert.Equal(tricky, akka.GetString("akka.persistence.query.journal.sql.connection-string"));
    }
}
