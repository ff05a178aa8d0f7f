using System.Text.Json;
using ActorDistribution.Distribution.Audit;
using static ActorDistribution.Distribution.Tests.Audit.AuditJournals;

namespace ActorDistribution.Distribution.Tests.Audit;

public sealed class JsonLinesExportSpec : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly AuditJournal journal = new();
    private readonly TempDirectory folder = new();

    public void Dispose()
    {
        journal.Dispose();
        folder.Dispose();
    }

    [Fact]
    public async Task Every_event_becomes_one_json_object_with_its_journal_coordinates_and_payload()
    {
        var inbox = LockLeftBehind(T0);
        await journal.WriteAsync(OfferInboxId, inbox, tags: ["site:OSHER"]);
        var output = new StringWriter();

        await using (var source = await journal.OpenAsync())
            Assert.Equal(inbox.Count, await JsonLinesExport.WriteAsync(source, output));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(inbox.Count, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal(["offset", "persistenceId", "sequenceNr", "timestamp", "manifest", "tags", "event"],
            root.EnumerateObject().Select(property => property.Name));
        Assert.Equal(OfferInboxId, root.GetProperty("persistenceId").GetString());
        Assert.Equal(1, root.GetProperty("sequenceNr").GetInt64());
        Assert.Equal("2026-03-02T08:00:00.000+00:00", root.GetProperty("timestamp").GetString());
        Assert.Equal("inbox.update-started.v1", root.GetProperty("manifest").GetString());
        Assert.Equal("site:OSHER", Assert.Single(root.GetProperty("tags").EnumerateArray()).GetString());
        Assert.Equal("v1", root.GetProperty("event").GetProperty("version").GetString());
    }

    [Fact]
    public async Task An_export_to_a_file_replaces_it_whole_and_leaves_no_temporary_file()
    {
        await journal.WriteAsync(OfferInboxId, LockLeftBehind(T0));
        var target = folder.Write("events.jsonl", "an older export\n");

        await using (var source = await journal.OpenAsync())
            await JsonLinesExport.WriteFileAsync(source, target);

        var lines = File.ReadAllLines(target);
        Assert.Equal(LockLeftBehind(T0).Count, lines.Length);
        Assert.All(lines, line => JsonDocument.Parse(line).Dispose());
        Assert.Equal(["events.jsonl"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task An_export_into_a_missing_folder_is_a_clear_error()
    {
        await journal.WriteAsync(OfferInboxId, LockLeftBehind(T0));

        await using var source = await journal.OpenAsync();
        var problem = await Assert.ThrowsAsync<AuditSourceException>(
            () => JsonLinesExport.WriteFileAsync(source, Path.Combine(folder.Path, "nowhere", "events.jsonl")));
        Assert.Contains("does not exist", problem.Message);
    }

    [Fact]
    public async Task An_event_of_a_manifest_unknown_to_this_build_is_exported_as_stored()
    {
        await journal.WriteAsync(OfferInboxId, LockLeftBehind(T0).Take(1));
        await journal.InsertRawAsync("site/OSHER", T0, "site.renamed.v3", """{"to":"OSHER2"}""");
        var output = new StringWriter();

        await using (var source = await journal.OpenAsync())
            await JsonLinesExport.WriteAsync(source, output);

        using var last = JsonDocument.Parse(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
        Assert.Equal("site.renamed.v3", last.RootElement.GetProperty("manifest").GetString());
        Assert.Equal("OSHER2", last.RootElement.GetProperty("event").GetProperty("to").GetString());
    }

    [Fact]
    public async Task Progress_hears_the_count_of_events_read_so_far()
    {
        await journal.WriteAsync(OfferInboxId, LockLeftBehind(T0));
        var heard = new List<long>();

        await using var source = await journal.OpenAsync();
        await JsonLinesExport.WriteAsync(source, TextWriter.Null, new Recorder(heard));

        Assert.Equal(LockLeftBehind(T0).Count, heard[^1]);
    }

    private sealed class Recorder(List<long> heard) : IProgress<long>
    {
        public void Report(long value) => heard.Add(value);
    }
}
