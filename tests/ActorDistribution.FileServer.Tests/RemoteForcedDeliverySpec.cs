using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Hocon;
using ActorDistribution.Node;

namespace ActorDistribution.FileServer.Tests;

/// <summary>
/// The article's forced delivery with the node on <c>shares.host = remote</c>: alice holds setup.exe open by
/// downloading it from the file server, the file server restarts between the warning and the force-close,
/// and the delivery still finishes at 22h05m on the virtual clock, alice warned once.
/// </summary>
public sealed class RemoteForcedDeliverySpec : IAsyncDisposable
{
    private const string ServiceAccount = "svc-distribution";  // reference.conf's shares.service-account
    private readonly TempDirectory _data = new();
    private readonly FileServerFixture _server = new(TimeProvider.System, ServiceAccount);

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _data.Dispose();
    }

    private Config Config(params string[] more) => ConfigFactory.Load(null, [
        "clock.mode=virtual", $"persistence.sqlite.path={Path.Combine(_data.Path, "journal.db")}",
        "shares.host=remote", $"shares.remote.url={_server.Url}", "logging.console.enabled=off", .. more]);

    private static async Task Do(DistributionNode node, string line)
    {
        var reply = await node.Commands.ExecuteAsync(line.Split(' '));
        Assert.True(reply.Succeeded, $"{line}: {reply.Error}");
    }

    private static async Task<string> Status(DistributionNode node)
    {
        var reply = await node.Commands.ExecuteAsync(["status", "OFFICE97"]);
        return reply.Tables.Single().Rows.Single()[2];
    }

    /// <summary>alice starts downloading setup.exe and reads one byte: from then on she holds it open.</summary>
    private async Task<(HttpClient Http, HttpResponseMessage Response)> AliceDownloads()
    {
        var http = new HttpClient { BaseAddress = _server.Url };
        var response = await http.GetAsync("/files/NTSRV1/OFFICE97/setup.exe?user=alice", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStreamAsync();
        Assert.Equal(1, await body.ReadAsync(new byte[1]));
        return (http, response);
    }

    [Fact]
    public async Task The_forced_delivery_against_a_restarted_file_server_finishes_at_22h05m_with_alice_warned_once()
    {
        var v1 = _data.Write(Path.Combine("v1", "setup.exe"), new string('1', 24 * 1024 * 1024));  // more than socket buffers hold
        var v2 = _data.Write(Path.Combine("v2", "setup.exe"), "version 2");
        await using var node = await DistributionNode.StartAsync(Config());
        foreach (var line in new[]
                 {
                     "site add CH2 --response fast",
                     "site set CH2 use-forced-disconnect=1 retries-before-forced-disconnection=10 forced-disconnection-delay=5",
                     "component pause despooler --site CH2", "component continue despooler --site CH2",
                     "server add NTSRV1 --site CH2",
                     $"package add OFFICE97 --source {Path.GetDirectoryName(v1)}",
                     "job create share-package-on-server --package OFFICE97 --target CH2",
                 })
            await Do(node, line);
        Assert.Equal("installed (1)", await Status(node));
        // alice holds it open explicitly (the shell verb goes to the file server): a handle kept across its restart;
        // then she downloads it too, in a session of its own that lasts as long as the download.
        await Do(node, "share open NTSRV1/OFFICE97/setup.exe --user alice");
        var download = await AliceDownloads();
        await Do(node, $"package update OFFICE97 --source {Path.GetDirectoryName(v2)}");
        await Do(node, "job create share-package-on-server --package OFFICE97 --target CH2");
        await Do(node, "clock advance 22h02m");
        Assert.Equal("warning-sent (closes at 2026-01-01 22:05 UTC)", await Status(node));

        using (var before = _server.Client())
            Assert.Equal(["alice", "alice"], before.FindOpenFiles(new("NTSRV1", "OFFICE97"), "").Value.Select(h => h.User));  // the handle and the download

        // The file server goes down mid-escalation (its connections are cut) and comes back. The download is gone
        // with the connection; the explicit handle is still held; access is still revoked, so alice cannot start again.
        download.Response.Dispose();
        download.Http.Dispose();
        await _server.RestartAsync();
        using (var http = new HttpClient { BaseAddress = _server.Url })
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await http.GetAsync("/files/NTSRV1/OFFICE97/setup.exe?user=alice")).StatusCode);
        using var check = _server.Client();
        var office = new ActorDistribution.Shares.ShareAddress("NTSRV1", "OFFICE97");
        Assert.Equal(["alice"], check.FindOpenFiles(office, "").Value.Select(h => h.User));
        await Do(node, "clock advance 2m");
        Assert.Equal("warning-sent (closes at 2026-01-01 22:05 UTC)", await Status(node));
        await Do(node, "clock advance 1m");

        Assert.Equal("installed (2)", await Status(node));
        Assert.Equal("version 2", System.Text.Encoding.UTF8.GetString(check.ReadFile(office, "setup.exe").Value));
        Assert.Empty(check.FindOpenFiles(office, "").Value);
        var texts = check.Messages("alice").Select(m => m.Text).ToList();
        Assert.Single(texts, t => t == ForcedDisconnectionMessages.Warning("NTSRV1/OFFICE97", TimeSpan.FromMinutes(5)));
        Assert.Single(texts, t => t == ForcedDisconnectionMessages.Ready("NTSRV1/OFFICE97"));
    }

    [Fact]
    public async Task While_the_file_server_is_unreachable_the_escalation_waits_and_then_keeps_its_timing()
    {
        var v1 = _data.Write(Path.Combine("v1", "setup.exe"), "version 1");
        var v2 = _data.Write(Path.Combine("v2", "setup.exe"), "version 2");
        await using var node = await DistributionNode.StartAsync(Config("shares.remote.retries=0", "shares.remote.timeout=2s"));
        foreach (var line in new[]
                 {
                     "site add CH2 --response fast",
                     "site set CH2 use-forced-disconnect=1 retries-before-forced-disconnection=10 forced-disconnection-delay=5",
                     "component pause despooler --site CH2", "component continue despooler --site CH2",
                     "server add NTSRV1 --site CH2",
                     $"package add OFFICE97 --source {Path.GetDirectoryName(v1)}",
                     "job create share-package-on-server --package OFFICE97 --target CH2",
                     "share open NTSRV1/OFFICE97/setup.exe --user alice",
                     $"package update OFFICE97 --source {Path.GetDirectoryName(v2)}",
                     "job create share-package-on-server --package OFFICE97 --target CH2",
                     "clock advance 10h",
                 })
            await Do(node, line);
        Assert.StartsWith("retrying (retry 6 of 10, next at ", await Status(node));

        await _server.StopAsync();
        await Do(node, "clock advance 4h");  // two retries fall while nobody answers
        await _server.RestartAsync();
        await Do(node, "clock advance 8h04m");
        Assert.Equal("warning-sent (closes at 2026-01-01 22:05 UTC)", await Status(node));
        await Do(node, "clock advance 1m");

        Assert.Equal("installed (2)", await Status(node));
        using var check = _server.Client();
        var texts = check.Messages("alice").Select(m => m.Text).ToList();
        Assert.Single(texts, t => t == ForcedDisconnectionMessages.Warning("NTSRV1/OFFICE97", TimeSpan.FromMinutes(5)));
    }
}
