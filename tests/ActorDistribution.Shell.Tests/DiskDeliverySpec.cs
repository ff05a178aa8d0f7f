using ActorDistribution.Node;
using ActorDistribution.Testing;

namespace ActorDistribution.Shell.Tests;

/// <summary>The despooler on the local-disk share host: real files copied while a real HTTP reader holds one open.</summary>
public sealed class DiskDeliverySpec : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private HttpNode _http = null!;

    private DistributionNode Node => _http.Node;
    private int Port => _http.Port;

    public async Task InitializeAsync() => _http = await HttpNode.StartAsync(_data.Path);

    public async Task DisposeAsync()
    {
        await _http.DisposeAsync();
        _data.Dispose();
    }

    private async Task<string> Do(string line)
    {
        var reply = await Node.Commands.ExecuteAsync(line.Split(' '));
        Assert.True(reply.Succeeded, $"{line}: {reply.Error}");
        return string.Join("\n", reply.Lines.Concat(reply.Tables.SelectMany(t => t.Rows.Select(r => string.Join(" | ", r)))));
    }

    [Fact]
    public async Task A_forced_delivery_replaces_a_file_a_reader_is_downloading()
    {
        var v1 = Path.Combine(_data.Path, "v1");
        var v2 = Path.Combine(_data.Path, "v2");
        _data.Write(Path.Combine("v1", "data.cab"), new string('1', 64 * 1024 * 1024));
        _data.Write(Path.Combine("v2", "data.cab"), "version 2");
        await Do("site add CH2 --response fast");
        await Do("site set CH2 use-forced-disconnect=on retries-before-forced-disconnection=0 forced-disconnection-delay=0");
        await Do("component pause despooler --site CH2");
        await Do("component continue despooler --site CH2");
        await Do("server add NTSRV1 --site CH2");
        await Do($"package add OFFICE97 --source {v1}");
        await Do("job create share-package-on-server --package OFFICE97 --target CH2");
        Assert.Contains("installed (1)", await Do("status OFFICE97"));
        var installed = Path.Combine(_data.Path, "shares", "NTSRV1", "OFFICE97", "data.cab");
        Assert.Equal(64 * 1024 * 1024, new FileInfo(installed).Length);

        using var http = new HttpClient();
        using var download = await http.GetAsync($"http://127.0.0.1:{Port}/files/NTSRV1/OFFICE97/data.cab?user=carol", HttpCompletionOption.ResponseHeadersRead);
        await using var body = await download.Content.ReadAsStreamAsync();
        Assert.Equal(1, await body.ReadAsync(new byte[1]));  // carol is reading: the file is open

        await Do($"package update OFFICE97 --source {v2}");
        await Do("job create share-package-on-server --package OFFICE97 --target CH2");
        Assert.Contains("retrying (no retries before forcing, forcing at 2026-01-01 02:00 UTC, forced copy at 2026-01-01 02:00 UTC)", await Do("status OFFICE97"));
        Assert.Equal(64 * 1024 * 1024, new FileInfo(installed).Length);  // nothing replaced under the reader

        await Do("clock advance 2h");  // x·(y+1)+z = 120·1+0 min
        Assert.Contains("installed (2)", await Do("status OFFICE97"));
        Assert.Equal("version 2", await File.ReadAllTextAsync(installed));
        Assert.Contains("ready again", await Do("share messages --user carol"));
    }

}
