using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ActorDistribution.Node;

namespace ActorDistribution.Console.Tests;

/// <summary>
/// A node as an administrator starts it for a simulation (<c>--config hocon/simulation.conf -D node.http.port=p</c>, its journal
/// and shares in a test's folder), run through the node's own entry point; commands go to it over <c>POST /api/commands</c>.
/// </summary>
internal sealed class ConsoleNode : IAsyncDisposable
{
    private readonly NodeRun _run;

    private ConsoleNode(int port, NodeRun run, string? token)
    {
        Port = port;
        _run = run;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null) Http.DefaultRequestHeaders.Authorization = new("Bearer", token);
    }

    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}";
    public HttpClient Http { get; }

    public static async Task<ConsoleNode> StartAsync(string folder, string? token = null, params string[] settings)
    {
        var port = LoopbackPort.Free();
        string[] args = ["--config", RepositoryRoot.Combine("hocon", "simulation.conf"), "-D", $"node.http.port={port}",
            "-D", $"persistence.sqlite.path={Path.Combine(folder, "journal.db")}", "-D", $"shares.root={Path.Combine(folder, "shares")}",
            "-D", "logging.console.enabled=off", .. settings.SelectMany(s => new[] { "-D", s })];
        var run = await NodeRun.StartAsync((output, error, stop) => NodeApp.RunAsync(args, output, error, stop));
        if (run.Exit.IsCompleted)
        {
            run.Dispose();
            throw new InvalidOperationException($"the node did not start: {run.Error}");
        }
        return new ConsoleNode(port, run, token);
    }

    /// <summary>One command over the API, as the shell in --connect mode sends it; a failed command fails the test.</summary>
    public async Task<Reply> RunAsync(params string[] words)
    {
        var reply = await TryAsync(words);
        Assert.True(reply.ExitCode == 0, $"'{string.Join(' ', words)}' failed: {reply.Error}");
        return reply;
    }

    public async Task<Reply> TryAsync(params string[] words)
    {
        using var response = await Http.PostAsJsonAsync("/api/commands", new { words });
        var text = await response.Content.ReadAsStringAsync();
        return JsonSerializer.Deserialize<Reply>(text, new JsonSerializerOptions(JsonSerializerDefaults.Web))
               ?? throw new InvalidOperationException($"not a reply: {text}");
    }

    /// <summary>Runs a sample script's lines (shell-only verbs skipped, sample paths made absolute).</summary>
    public async Task RunLinesAsync(IEnumerable<string[]> lines)
    {
        foreach (var words in lines) await RunAsync(words);
    }

    /// <summary>A sample's commands, one array of words per line; <c>forced-delivery-time</c> is the shell's own and does not reach a node.</summary>
    public static IReadOnlyList<string[]> Sample(string name) =>
        File.ReadAllLines(RepositoryRoot.Combine("src", "ActorDistribution.Shell", "samples", name))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("forced-delivery-time", StringComparison.Ordinal))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(word => word.StartsWith("src/", StringComparison.Ordinal) ? RepositoryRoot.Combine(word.Split('/')) : word).ToArray())
            .ToList();

    public async ValueTask DisposeAsync()
    {
        var code = await _run.StopAsync(TimeSpan.FromSeconds(60));
        _run.Dispose();
        Http.Dispose();
        Assert.True(code == 0, $"the node ended with {code}: {_run.Error}");
    }

    public sealed record Reply(int ExitCode, IReadOnlyList<string> Lines, IReadOnlyList<Table> Tables, string? Error);

    public sealed record Table(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
}
