using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

public sealed class PersistenceDdlSpec
{
    [Theory]
    [InlineData("sqlite", "AUTOINCREMENT")]
    [InlineData("postgresql", "GENERATED")]
    public void Ddl_prints_the_journal_tables_in_the_chosen_dialect(string dialect, string dialectMarker)
    {
        var (code, output, error) = Run("persistence", "ddl", "--dialect", dialect);
        Assert.Equal((0, ""), (code, error));
        foreach (var table in new[] { "journal", "tags", "snapshot" })
            Assert.Matches($@"CREATE TABLE \[?{table}\]?\s", output);
        Assert.Contains(dialectMarker, output);
    }

    [Fact]
    public void An_unknown_dialect_is_refused_with_the_allowed_values()
    {
        var (code, _, error) = Run("persistence", "ddl", "--dialect", "mysql");
        Assert.Equal(1, code);
        Assert.Contains("sqlite", error);
        Assert.Contains("postgresql", error);
    }
}
