using System.Net;
using ActorDistribution.Node;
using ActorDistribution.Shares;
using ActorDistribution.Testing;

namespace ActorDistribution.Shell.Tests;

/// <summary>A file read over the node's HTTP endpoint is held open while the download runs, as a user's would be.</summary>
public sealed class FileDownloadSpec : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private HttpNode _http = null!;

    private DistributionNode Node => _http.Node;
    private int Port => _http.Port;

    public async Task InitializeAsync()
    {
        // Large enough that the server cannot hand it all to the socket before the client reads: the download stays in progress.
        var big = Path.Combine(_data.Path, "shares", "NTSRV1", "OFFICE97", "data.cab");
        Directory.CreateDirectory(Path.GetDirectoryName(big)!);
        await File.WriteAllBytesAsync(big, new byte[64 * 1024 * 1024]);
        _http = await HttpNode.StartAsync(_data.Path);
    }

    public async Task DisposeAsync()
    {
        await _http.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task A_download_in_progress_blocks_a_replace_of_its_file_until_it_ends()
    {
        var share = new ShareAddress("NTSRV1", "OFFICE97");
        using (var http = new HttpClient())
        {
            using var response = await http.GetAsync($"http://127.0.0.1:{Port}/files/NTSRV1/OFFICE97/data.cab?user=carol", HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await using var body = await response.Content.ReadAsStreamAsync();
            Assert.Equal(1, await body.ReadAsync(new byte[1]));

            var open = Assert.Single(Node.Shares.FindOpenFiles(share, "").Value);
            Assert.Equal(("carol", "data.cab"), (open.User, open.Path));
            var replace = Node.Shares.WriteFile(share, "data.cab", [1, 2, 3]);
            Assert.IsType<SharingViolation>(replace.Failure);
        }

        // The client went away: the server's copy fails, closes the handle and ends the session.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (Node.Shares.FindOpenFiles(share, "").Value.Count > 0 && waited.Elapsed < TimeSpan.FromSeconds(10)) await Task.Yield();
        Assert.True(Node.Shares.WriteFile(share, "data.cab", [1, 2, 3]).IsSuccess, "the file should be free once the download ended");
    }

    [Fact]
    public async Task A_path_out_of_the_share_serves_nothing()
    {
        using var http = new HttpClient();
        // An encoded traversal reaches the share host as a name (refused or not found), never as a way to the journal.
        var response = await http.GetAsync($"http://127.0.0.1:{Port}/files/NTSRV1/OFFICE97/..%2F..%2Fjournal.db");
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.NotFound });
    }

}
