using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
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
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<int> _run;
    private readonly StringWriter _error;

    private ConsoleNode(int port, Task<int> run, StringWriter error, string? token)
    {
        Port = port;
        _run = run;
        _error = error;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null) Http.DefaultRequestHeaders.Authorization = new("Bearer", token);
    }

    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}";
    public HttpClient Http { get; }

    public static async Task<ConsoleNode> StartAsync(string folder, string? token = null, params string[] settings)
    {
        var port = FreePort();
        string[] args = ["--config", RepositoryRoot.Combine("hocon", "simulation.conf"), "-D", $"node.http.port={port}",
            "-D", $"persistence.sqlite.path={Path.Combine(folder, "journal.db")}", "-D", $"shares.root={Path.Combine(folder, "shares")}",
            "-D", "logging.console.enabled=off", .. settings.SelectMany(s => new[] { "-D", s })];
        var output = new SignallingWriter("listening on");
        var error = new StringWriter();
        var stop = new CancellationTokenSource();
        var node = new ConsoleNode(port, Task.Run(() => NodeApp.RunAsync(args, TextWriter.Synchronized(output), TextWriter.Synchronized(error), stop.Token)), error, token);
        node._stop.Token.Register(stop.Cancel);
        // Woken by the start-up line (or the node ending early); 60 s only bounds a broken node.
        await Task.WhenAny(output.Seen, node._run).WaitAsync(TimeSpan.FromSeconds(60));
        if (node._run.IsCompleted) throw new InvalidOperationException($"the node did not start: {error}");
        return node;
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
        await _stop.CancelAsync();
        var code = await _run.WaitAsync(TimeSpan.FromSeconds(60));
        Http.Dispose();
        Assert.True(code == 0, $"the node ended with {code}: {_error}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public sealed record Reply(int ExitCode, IReadOnlyList<string> Lines, IReadOnlyList<Table> Tables, string? Error);

    public sealed record Table(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

    private sealed class SignallingWriter(string marker) : StringWriter
    {
        private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Seen => _seen.Task;

        public override void Write(char value)
        {
            base.Write(value);
            if (value == '\n' && ToString().Contains(marker)) _seen.TrySetResult();
        }

        public override void Write(string? value)
        {
            base.Write(value);
            if (ToString().Contains(marker)) _seen.TrySetResult();
        }
    }
}
