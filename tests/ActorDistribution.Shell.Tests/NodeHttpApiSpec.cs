using System.Net;
using System.Net.Http.Headers;
using ActorDistribution.Testing;
using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

/// <summary>The node's HTTP API: a token on any binding other than loopback, and the shell driving it with --connect.</summary>
public sealed class NodeHttpApiSpec : IAsyncLifetime
{
    private const string Token = "s3cret";
    private readonly TempDirectory _data = new();
    private HttpNode _http = null!;

    // 127.0.0.2 is not the configured loopback name, so the node treats it as a network binding that needs the token.
    private string Url => $"http://127.0.0.2:{_http.Port}/";

    public async Task InitializeAsync()
        => _http = await HttpNode.StartAsync(_data.Path, "node.http.host=127.0.0.2", $"node.http.token={Token}");

    public async Task DisposeAsync()
    {
        await _http.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task A_request_without_the_token_is_refused_with_401()
    {
        using var http = new HttpClient();
        var response = await http.PostAsync(Url + "api/commands", new StringContent("""{"words":["clock","show"]}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_health_endpoint_answers_without_a_token()
    {
        using var http = new HttpClient();
        var response = await http.GetAsync(Url + "health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_request_with_the_token_runs_the_command()
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var response = await http.PostAsync(Url + "api/commands", new StringContent("""{"words":["clock","show"]}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("virtual clock", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_shell_drives_a_running_node_with_connect_and_token()
    {
        var (code, output, error) = await Task.Run(() => Run("--connect", Url, "--token", Token, "--", "clock", "advance", "5m"));
        Assert.Equal((0, ""), (code, error));
        Assert.Contains("00:05:00", output);
    }

    [Fact]
    public async Task The_shell_without_the_token_reports_the_refusal()
    {
        var (code, _, error) = await Task.Run(() => Run("--connect", Url, "--", "clock", "show"));
        Assert.Equal(1, code);
        Assert.Contains("401", error);
    }

}
