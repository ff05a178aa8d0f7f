using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using ActorDistribution.FileServer;
using ActorDistribution.Node;
using ActorDistribution.Runtime.Persistence;
using ActorDistribution.Shares.Remote;

namespace ActorDistribution.Benchmarks.Cluster;

/// <summary>
/// A throwaway cluster on 127.0.0.1: a fresh PostgreSQL database, an adfileserver in this process, and node processes
/// (adnode with hocon/cluster.conf) that can be killed abruptly. Commands go through each node's HTTP API.
/// </summary>
public sealed class ClusterRig : IAsyncDisposable
{
    public const string ServiceAccount = "svc-distribution";
    private readonly ThrowawayPostgresServer _postgres;
    private readonly FileServerApp _fileServer;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    private ClusterRig(string folder, ThrowawayPostgresServer postgres, string database, FileServerApp fileServer, Uri fileServerUrl)
    {
        Folder = folder;
        _postgres = postgres;
        Database = database;
        _fileServer = fileServer;
        FileServerUrl = fileServerUrl;
    }

    public string Folder { get; }
    public string Database { get; }
    public Uri FileServerUrl { get; }
    public List<NodeProcess> Nodes { get; } = [];

    /// <summary>The file server as the nodes see it (messages to users, access state, open files).</summary>
    public RemoteShareHost FileServer() => new(new RemoteShareHostOptions { BaseAddress = FileServerUrl, ServiceAccount = ServiceAccount, Timeout = TimeSpan.FromSeconds(10) });

    /// <summary>Starts the database, the file server and <paramref name="nodes"/> node processes; each gets <paramref name="settings"/> as -D.</summary>
    public static async Task<ClusterRig> StartAsync(int nodes, IReadOnlyList<string> settings, TextWriter? log = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "ad-cluster-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(folder);
        var postgres = await ThrowawayPostgresServer.StartOrAttachAsync();
        var database = await postgres.CreateDatabaseAsync();
        var files = new FileServerSettings("127.0.0.1", FreePort(), "", Path.Combine(folder, "fileserver"), [], ServiceAccount, 64 * 1024 * 1024, false, TimeSpan.FromSeconds(30));
        var fileServer = FileServerApp.Build(files, TimeProvider.System);
        await fileServer.StartAsync();
        var rig = new ClusterRig(folder, postgres, database, fileServer, new Uri($"http://127.0.0.1:{files.HttpPort}"));
        var clusterPorts = Enumerable.Range(0, nodes).Select(_ => FreePort()).ToList();
        var seeds = string.Join(',', clusterPorts.Take(Math.Min(2, nodes)).Select(p => $"127.0.0.1:{p}"));
        for (var i = 0; i < nodes; i++)
            rig.Nodes.Add(NodeProcess.Start(i + 1, folder, FreePort(), clusterPorts[i], [
                $"persistence.postgresql.connection-string={database}", $"cluster.seed-nodes={seeds}",
                "shares.host=remote", $"shares.remote.url={rig.FileServerUrl}", .. settings], log));
        foreach (var node in rig.Nodes) await node.WaitStartedAsync(TimeSpan.FromSeconds(90));
        return rig;
    }

    /// <summary>Waits until <paramref name="count"/> members are up, as the first live node sees them.</summary>
    public async Task<TimeSpan> WaitMembersUpAsync(int count, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        await WaitUntilAsync(async () => (await MembersAsync()).Count(m => m.State == "up" && m.Reachable) == count, timeout, $"{count} members up");
        return watch.Elapsed;
    }

    public async Task<IReadOnlyList<(string Address, string State, bool Reachable)>> MembersAsync()
    {
        var reply = await CommandAsync(Live(), "cluster", "members");
        return reply.Tables.Single(t => t.Title == "Members").Rows.Select(r => (r[0], r[1], r[2] == "yes")).ToList();
    }

    /// <summary>Entities of <paramref name="kind"/> per member address.</summary>
    public async Task<IReadOnlyDictionary<string, int>> EntitiesAsync(string kind)
    {
        var reply = await CommandAsync(Live(), "cluster", "status");
        return reply.Tables.Single(t => t.Title == "Shards").Rows.Where(r => r[0] == kind)
            .ToDictionary(r => r[1], r => int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture));
    }

    public NodeProcess Live() => Nodes.First(n => n.IsRunning && !n.Paused);

    /// <summary>Runs one command line on <paramref name="node"/>; a failure throws with the node's error text.</summary>
    public async Task<Reply> DoAsync(NodeProcess node, string line)
    {
        var reply = await CommandAsync(node, line.Split(' '));
        if (reply.ExitCode != 0) throw new InvalidOperationException($"{line}: {reply.Error}");
        return reply;
    }

    public async Task<Reply> CommandAsync(NodeProcess node, params string[] words)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(node.Url, "/api/commands"), new { words });
        return (await response.Content.ReadFromJsonAsync<Reply>(Json))!;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = Stopwatch.StartNew();
        Exception? last = null;
        while (deadline.Elapsed < timeout)
        {
            try
            {
                if (await condition()) return;
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException or JsonException)
            {
                last = e;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"not reached within {timeout.TotalSeconds:0} s: {what}{(last is null ? "" : $" (last problem: {last.Message})")}");
    }

    /// <summary>Keep the folder (node logs) after disposal, e.g. when a run failed.</summary>
    public bool KeepFolder { get; set; }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes) node.Kill();
        _http.Dispose();
        await _fileServer.DisposeAsync();
        await _postgres.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!KeepFolder)
            try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public sealed record Reply(int ExitCode, IReadOnlyList<string> Lines, IReadOnlyList<Table> Tables, string? Error);

    public sealed record Table(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
}

/// <summary>One adnode process of the rig, its output kept in a file beside the others.</summary>
public sealed class NodeProcess
{
    private readonly Process _process;
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly StreamWriter _output;

    private NodeProcess(int number, Process process, Uri url, int clusterPort, StreamWriter output)
    {
        Number = number;
        _process = process;
        Url = url;
        ClusterPort = clusterPort;
        _output = output;
    }

    public int Number { get; }
    public Uri Url { get; }
    public int ClusterPort { get; }

    /// <summary>The member address as sharding names it.</summary>
    public string Address => $"akka.tcp://actor-distribution@127.0.0.1:{ClusterPort}";
    public bool IsRunning => !_process.HasExited;

    public static NodeProcess Start(int number, string folder, int httpPort, int clusterPort, IReadOnlyList<string> settings, TextWriter? log)
    {
        var dll = typeof(NodeApp).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        foreach (var arg in (string[])[dll, "--config", Path.Combine(RepositoryHocon(), "cluster.conf"),
                     "-D", $"node.http.port={httpPort}", "-D", "node.http.host=127.0.0.1", "-D", $"cluster.port={clusterPort}", "-D", "cluster.host=127.0.0.1",
                     "-D", $"logging.file.path={Path.Combine(folder, $"node{number}.log")}", "-D", "logging.console.enabled=off"])
            start.ArgumentList.Add(arg);
        foreach (var setting in settings)
        {
            start.ArgumentList.Add("-D");
            start.ArgumentList.Add(setting);
        }
        var output = new StreamWriter(Path.Combine(folder, $"node{number}.out")) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start adnode");
        var node = new NodeProcess(number, process, new Uri($"http://127.0.0.1:{httpPort}"), clusterPort, output);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.WriteLine(e.Data);
            if (e.Data.Contains("listening on", StringComparison.Ordinal)) node._started.TrySetResult();
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.WriteLine("stderr: " + e.Data);
            log?.WriteLine($"node{number}: {e.Data}");
        };
        process.Exited += (_, _) => node._started.TrySetException(new InvalidOperationException($"node{number} exited with {process.ExitCode}; see {folder}/node{number}.out"));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    public Task WaitStartedAsync(TimeSpan timeout) => _started.Task.WaitAsync(timeout);

    /// <summary>kill -9: no leaving, no hand-off.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException) { }
    }

    /// <summary>SIGTERM: the node leaves the cluster and hands its shards off before it stops.</summary>
    public async Task TerminateAsync(TimeSpan timeout)
    {
        if (_process.HasExited) return;
        Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])?.WaitForExit();
        await _process.WaitForExitAsync().WaitAsync(timeout);
    }

    public int ExitCode => _process.HasExited ? _process.ExitCode : -1;

    /// <summary>kill -STOP / -CONT: the process freezes (to the others a partition) and goes on where it was.</summary>
    public void Signal(string signal)
    {
        Process.Start("kill", [$"-{signal}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])?.WaitForExit();
        Paused = signal == "STOP";
    }

    /// <summary>Frozen by <see cref="Signal"/>: it answers nothing, so commands go to another member.</summary>
    public bool Paused { get; private set; }

    public long WorkingSetBytes()
    {
        try
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }

    private static string RepositoryHocon()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "hocon", "cluster.conf"))) return Path.Combine(dir.FullName, "hocon");
        throw new InvalidOperationException("hocon/cluster.conf not found above " + AppContext.BaseDirectory);
    }
}
