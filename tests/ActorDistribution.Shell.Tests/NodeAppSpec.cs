using System.Net;
using System.Text;
using System.Text.Json;
using ActorDistribution.Node;

namespace ActorDistribution.Shell.Tests;

/// <summary>
/// The node as an administrator runs it (issue 15): one start-up line naming where it listens, its journal,
/// clock mode and cluster role, one shutdown line; a network binding without a token refused in one line;
/// a malformed request body answered with 400 and a message, never 500.
/// </summary>
public sealed class NodeAppSpec : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private string JournalPath => Path.Combine(_data.Path, "journal.db");

    private string[] Args(int port, params string[] more)
    {
        var config = Path.Combine(_data.Path, "node.conf");
        File.WriteAllText(config, "");
        return ["--config", config, "-D", "clock.mode=virtual", "-D", $"persistence.sqlite.path={JournalPath}",
            "-D", $"shares.root={Path.Combine(_data.Path, "shares")}", "-D", $"node.http.port={port}",
            "-D", "logging.console.enabled=off", .. more.SelectMany(m => new[] { "-D", m })];
    }

    [Fact]
    public async Task A_node_prints_one_start_up_line_and_one_shutdown_line()
    {
        var port = LoopbackPort.Free();
        using var run = await NodeRun.StartAsync((output, error, stop) => NodeApp.RunAsync(Args(port), output, error, stop));

        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"http://127.0.0.1:{port}/health")).StatusCode);
        var startup = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"listening on http://127.0.0.1:{port}", startup);
        Assert.Contains($"journal sqlite {JournalPath}", startup);
        Assert.Contains("clock virtual", startup);
        Assert.Contains("cluster role standalone", startup);

        Assert.Equal(0, await run.StopAsync(TimeSpan.FromSeconds(60)));
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("stopped", lines[1]);
        Assert.Equal("", run.Error);
        Assert.False(File.Exists(JournalPath + ".lock"), "the journal is released on shutdown");
    }

    [Fact]
    public async Task A_network_binding_without_a_token_is_refused_in_one_line_without_a_stack_trace()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await NodeApp.RunAsync(Args(LoopbackPort.Free(), "node.http.host=0.0.0.0"), output, error);

        Assert.Equal(1, code);
        Assert.Equal("", output.ToString());
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: node.http.host is 0.0.0.0, not loopback: set node.http.token", line);
        Assert.False(File.Exists(JournalPath), "nothing starts: the journal is not touched");
    }

    [Theory]
    [InlineData("not json at all", "not JSON")]
    [InlineData("""["site", "list"]""", "is a JSON array")]
    [InlineData("{}", "no \"words\"")]
    [InlineData("""{"words": null}""", "\"words\" is a JSON null")]
    [InlineData("""{"words": "site list"}""", "\"words\" is a JSON string")]
    [InlineData("""{"words": ["site", 7]}""", "number at index 1")]
    [InlineData("", "not JSON")]
    public async Task A_malformed_command_body_is_answered_with_400_and_what_is_expected(string body, string problem)
    {
        await using var node = await HttpNode.StartAsync(_data.Path);
        using var http = new HttpClient();

        var response = await http.PostAsync($"http://127.0.0.1:{node.Port}/api/commands", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var message = reply.RootElement.GetProperty("error").GetString()!;
        Assert.Contains(problem, message);
        Assert.Contains("expected a JSON object {\"words\"", message);
    }

}
