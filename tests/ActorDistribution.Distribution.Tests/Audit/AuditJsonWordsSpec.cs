using System.Text.Json;
using ActorDistribution.Distribution.Audit;
using ActorDistribution.Distribution.Sites;

namespace ActorDistribution.Distribution.Tests.Audit;

/// <summary>Exports and state JSON are for people and other tools: enums as their words, times as ISO 8601 with offset.</summary>
public sealed class AuditJsonWordsSpec : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly AuditJournal journal = new();

    public void Dispose() => journal.Dispose();

    private Task AddSite() => journal.WriteAsync("site/CH2",
        new SiteAdded(T0, "CH2", new SiteSettings(ResponseMode.VeryFast, false, 12, TimeSpan.FromMinutes(5))));

    [Fact]
    public async Task An_export_line_names_enums_by_their_words_and_writes_times_with_their_offset()
    {
        await AddSite();
        var output = new StringWriter();
        await using (var source = await journal.OpenAsync())
            await JsonLinesExport.WriteAsync(source, output);

        using var line = JsonDocument.Parse(output.ToString().Trim());
        var root = line.RootElement;
        Assert.Equal("2026-03-02T08:00:00.000+00:00", root.GetProperty("timestamp").GetString());
        var @event = root.GetProperty("event");
        Assert.Equal("very-fast", @event.GetProperty("settings").GetProperty("response").GetString());
        Assert.Equal("2026-03-02T08:00:00.000+00:00", @event.GetProperty("at").GetString());
        Assert.DoesNotContain("\\u002B", output.ToString());
    }

    [Fact]
    public async Task The_state_json_names_enums_by_their_words_and_writes_times_with_their_offset()
    {
        await AddSite();
        await using var source = await journal.OpenAsync();
        var json = (await StateAt.RebuildAsync(source, "site/CH2", T0.AddHours(1))).ToJson();

        Assert.Contains("\"response\": \"very-fast\"", json);
        Assert.Contains("\"at\": \"2026-03-02T09:00:00.000+00:00\"", json);
        Assert.Contains("\"at\": \"2026-03-02T08:00:00.000+00:00\"", json);
        Assert.DoesNotContain("\\u002B", json);
        Assert.DoesNotContain("Z\"", json);
    }
}
