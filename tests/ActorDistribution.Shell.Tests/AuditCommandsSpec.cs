using System.Text.Json;
using ActorDistribution.Testing;
using static ActorDistribution.Shell.Tests.AuditShell;
using static ActorDistribution.Shell.Tests.ForcedDeliveryJournal;

namespace ActorDistribution.Shell.Tests;

public sealed class AuditCommandsSpec : IDisposable
{
    private readonly TempDirectory folder = new();

    public AuditCommandsSpec() => JournalPath = Path.Combine(folder.Path, "journal.db");

    private string JournalPath { get; }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Verify_on_a_real_forced_delivery_finds_no_violation_and_exits_0()
    {
        var events = await WriteAsync(JournalPath);

        var (code, output, error) = Run("audit", "verify", "--journal", JournalPath);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal($"no violations in {events.Count} event(s) of 1 entity", output.Trim());
    }

    [Fact]
    public async Task Verify_reports_an_event_inserted_into_the_file_with_its_id_sequence_number_and_time_and_exits_1()
    {
        var events = await WriteAsync(JournalPath);
        var at = events[^1].At + TimeSpan.FromMinutes(1);
        Insert(JournalPath, PackageDirectoryId, events.Count + 1, at, "despooler.users-disconnected.v1",
            $$"""{"at":"{{at:O}}","users":["bob"]}""");

        var (code, output, _) = Run("audit", "verify", "--journal", JournalPath);

        Assert.Equal(1, code);
        var lines = output.Trim().Split('\n').Select(line => line.TrimEnd()).ToList();
        Assert.Equal($"{PackageDirectoryId} #{events.Count + 1} at 2026-03-02T14:06:00.000Z: disconnect-without-warning: disconnected without a warning: bob", lines[0]);
        Assert.Equal($"1 violation(s) in {events.Count + 1} event(s) of 1 entity", lines[^1]);
    }

    [Fact]
    public async Task Verify_counts_events_of_manifests_it_does_not_know_and_still_exits_0()
    {
        var events = await WriteAsync(JournalPath);
        Insert(JournalPath, "clock/simulation", 1, T0, "simulation.clock-moved.v1", """{"from":"2026-01-01T00:00:00Z","to":"2026-03-02T08:00:00Z"}""");

        var (code, output, _) = Run("audit", "verify", "--journal", JournalPath);

        Assert.Equal(0, code);
        Assert.Equal(
            ["not checked, unknown to this audit: 1 event(s) of simulation.clock-moved.v1", $"no violations in {events.Count + 1} event(s) of 2 entities"],
            output.Trim().Split('\n').Select(line => line.TrimEnd()));
    }

    [Fact]
    public async Task Timeline_prints_one_line_per_event_within_from_and_to()
    {
        var events = await WriteAsync(JournalPath);
        var from = T0 + TimeSpan.FromHours(6);
        var to = T0 + TimeSpan.FromHours(6) + TimeSpan.FromMinutes(4);

        var (code, output, _) = Run("audit", "timeline", PackageDirectoryId, "--journal", JournalPath,
            "--from", "2026-03-02T14:00:00Z", "--to", "2026-03-02T14:04:00Z");

        Assert.Equal(0, code);
        var lines = output.Trim().Split('\n');
        Assert.Equal(events.Count(e => e.At >= from && e.At <= to), lines.Length);
        Assert.All(lines, line => Assert.StartsWith("2026-03-02T14:00:00.000Z  pkgdir/NTSRV1/OFFICE97 #", line));
        Assert.Contains(lines, line => line.Contains("despooler.disconnection-warning-sent.v1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task State_at_a_time_mid_escalation_prints_the_status_the_directory_had_then()
    {
        await WriteAsync(JournalPath);

        var (code, output, _) = Run("audit", "state", PackageDirectoryId, "--at", "2026-03-02T13:00:00Z", "--journal", JournalPath);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("retrying (2 of 2 retries done, forcing at 2026-03-02 14:00 UTC, forced copy at 2026-03-02 14:05 UTC)", json.RootElement.GetProperty("state").GetProperty("status").GetString());
        Assert.Equal("retrying", json.RootElement.GetProperty("state").GetProperty("state").GetProperty("phase").GetString());
    }

    [Fact]
    public async Task State_without_an_entity_prints_every_entity_at_that_time_as_a_json_array()
    {
        await WriteAsync(JournalPath);

        var (code, output, _) = Run("audit", "state", "--at", "2026-03-02T13:00:00Z", "--journal", JournalPath);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var only = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(PackageDirectoryId, only.GetProperty("persistenceId").GetString());
    }

    [Fact]
    public async Task Export_prints_one_json_line_per_event_to_stdout()
    {
        var events = await WriteAsync(JournalPath);

        var (code, output, _) = Run("audit", "export", "--journal", JournalPath);

        Assert.Equal(0, code);
        var lines = output.Trim().Split('\n');
        Assert.Equal(events.Count, lines.Length);
        Assert.All(lines, line => Assert.Equal(PackageDirectoryId, JsonDocument.Parse(line).RootElement.GetProperty("persistenceId").GetString()));
    }

    [Fact]
    public async Task Export_out_writes_the_file_and_says_how_many_events()
    {
        var events = await WriteAsync(JournalPath);
        var target = Path.Combine(folder.Path, "events.jsonl");

        var (code, output, _) = Run("audit", "export", "--out", target, "--journal", JournalPath);

        Assert.Equal(0, code);
        Assert.Equal($"exported {events.Count} event(s) to {target}", output.Trim());
        Assert.Equal(events.Count, File.ReadAllLines(target).Length);
    }

    [Fact]
    public void A_missing_journal_file_is_one_error_line_and_exit_1_and_is_not_created()
    {
        var (code, output, error) = Run("audit", "verify", "--journal", JournalPath);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal($"error: {JournalPath}: no such journal file", error.Trim());
        Assert.False(File.Exists(JournalPath));
    }

    [Fact]
    public void Without_journal_the_default_is_data_journal_db_in_the_working_directory()
    {
        var (code, _, error) = Run("audit", "verify");

        Assert.Equal(1, code);
        Assert.Equal($"error: {Path.Combine("data", "journal.db")}: no such journal file", error.Trim());
    }

    [Fact]
    public async Task The_host_may_give_the_default_journal_of_its_data_folder()
    {
        var events = await WriteAsync(JournalPath);

        var (code, output, _) = RunWithDefault(JournalPath, "audit", "verify");

        Assert.Equal((0, $"no violations in {events.Count} event(s) of 1 entity"), (code, output.Trim()));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("3/2/2026")]
    public async Task A_time_that_is_not_iso_8601_is_one_error_line_naming_the_option(string time)
    {
        await WriteAsync(JournalPath);

        var (code, _, error) = Run("audit", "timeline", PackageDirectoryId, "--from", time, "--journal", JournalPath);

        Assert.Equal(1, code);
        Assert.Equal($"error: --from: '{time}' is not an ISO 8601 time (e.g. 2026-03-02T08:00:00Z)", error.Trim());
    }

    [Fact]
    public async Task A_date_alone_is_midnight_utc()
    {
        await WriteAsync(JournalPath);

        var (code, output, _) = Run("audit", "timeline", PackageDirectoryId, "--to", "2026-03-02", "--journal", JournalPath);

        Assert.Equal((0, "no events in that time window"), (code, output.Trim()));
    }

    [Fact]
    public async Task An_entity_with_no_events_is_one_error_line()
    {
        await WriteAsync(JournalPath);

        var (code, _, error) = Run("audit", "state", "pkgdir/NTSRV9/OFFICE97", "--at", "2026-03-02T13:00:00Z", "--journal", JournalPath);

        Assert.Equal(1, code);
        Assert.Equal($"error: no events of 'pkgdir/NTSRV9/OFFICE97' in {JournalPath} (it has {PackageDirectoryId})", error.Trim());
    }

    [Fact]
    public async Task Journal_and_postgres_together_are_refused()
    {
        await WriteAsync(JournalPath);

        var (code, _, error) = Run("audit", "verify", "--journal", JournalPath, "--postgres", "Host=localhost");

        Assert.Equal(1, code);
        Assert.Equal("error: give either --journal or --postgres, not both", error.Trim());
    }

    [Fact]
    public void State_without_at_is_refused_by_the_parser()
    {
        var (code, _, error) = Run("audit", "state", PackageDirectoryId, "--journal", JournalPath);

        Assert.NotEqual(0, code);
        Assert.Contains("--at", error);
    }

    [Fact]
    public void An_unreachable_postgres_is_one_error_line_naming_the_server()
    {
        var (code, _, error) = Run("audit", "verify", "--postgres", "Host=127.0.0.1;Port=1;Database=journal;Timeout=2");

        Assert.Equal(1, code);
        Assert.StartsWith("error: postgresql://127.0.0.1:1/journal: ", error);
        Assert.Single(error.Trim().Split('\n'));
    }
}
