using System.CommandLine;
using System.Data.Common;
using ActorDistribution.Hocon;
using ActorDistribution.Node.Http;
using ActorDistribution.Runtime.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace ActorDistribution.Node;

/// <summary>
/// adnode [--config hocon/node.conf] [-D path=value ...]: one backend node with its HTTP API, until SIGTERM or
/// Ctrl+C (or <c>stop</c>). It prints one start-up line (where it listens, its journal, clock mode and cluster
/// role) and one shutdown line; every refusal to start is one <c>error:</c> line and exit code 1, no stack trace.
/// </summary>
public static class NodeApp
{

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken stop = default)
    {
        var configFile = new Option<string>("--config") { Description = "HOCON file over reference.conf", DefaultValueFactory = _ => "hocon/node.conf" };
        var overrides = new Option<string[]>("-D") { Description = "Override a setting: -D node.http.port=5081 (repeatable)", AllowMultipleArgumentsPerToken = false };
        var root = new RootCommand("ActorDistribution backend node");
        root.Options.Add(configFile);
        root.Options.Add(overrides);
        root.SetAction(async (parsed, cancellationToken) =>
        {
            using var both = CancellationTokenSource.CreateLinkedTokenSource(stop, cancellationToken);
            return await ServeAsync(parsed.GetValue(configFile), parsed.GetValue(overrides) ?? [], output, error, both.Token);
        });
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, stop);
    }

    private static async Task<int> ServeAsync(string? configFile, string[] overrides, TextWriter output, TextWriter error, CancellationToken stop)
    {
        Config config;
        try
        {
            config = ConfigFactory.Load(configFile, overrides);
        }
        catch (HoconException problem)
        {
            await error.WriteLineAsync($"error: {problem.Message}");
            return 1;
        }
        // Every setting is checked before the actor system exists: all problems at once, one a line, and no start.
        var problems = StartupValidation.Check(config, overrides);
        if (problems.Count > 0)
        {
            foreach (var problem in problems) await error.WriteLineAsync($"error: {problem}");
            return 1;
        }
        // Refused before the journal is locked or an actor runs.
        if (NodeHttpApi.BindProblem(NodeSettings.From(config)) is { } refusal)
        {
            await error.WriteLineAsync($"error: {refusal}");
            return 1;
        }
        // A folder that cannot be written is named with its setting before anything opens it.
        var folders = StartupFailure.FolderProblems(config);
        if (folders.Count > 0)
        {
            foreach (var problem in folders) await error.WriteLineAsync($"error: {problem}");
            return 1;
        }
        DistributionNode started;
        try
        {
            started = await DistributionNode.StartAsync(config, stop, servesHttp: true);
        }
        catch (Exception cannotStart) when (cannotStart is not OperationCanceledException)
        {
            await error.WriteLineAsync($"error: {(cannotStart is JournalInUseException ? "" : "the node could not start: ")}{StartupFailure.Describe(cannotStart, config)}");
            return 1;
        }
        var settings = started.Settings;
        await using (var node = started)
        {
            await using var api = NodeHttpApi.Build(node);
            try
            {
                await api.StartAsync(stop);
            }
            catch (IOException cannotBind)
            {
                await error.WriteLineAsync($"error: cannot listen on http://{settings.HttpHost}:{settings.HttpPort}: {cannotBind.Message}");
                return 1;
            }
            await output.WriteLineAsync(StartupLine(node, api.Urls.FirstOrDefault() ?? $"http://{settings.HttpHost}:{settings.HttpPort}"));
            await output.FlushAsync(CancellationToken.None);
            // Until SIGTERM/Ctrl+C (or stop): then accepting ends and requests in flight finish; disposing the node stops the actors.
            var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (api.Lifetime.ApplicationStopping.Register(() => stopping.TrySetResult()))
            using (stop.Register(() => stopping.TrySetResult()))
            {
                // A member the cluster downed (the minority side of a split) has stopped its actors: the process goes too.
                _ = node.System.WhenTerminated.ContinueWith(_ => stopping.TrySetResult(), TaskScheduler.Default);
                await stopping.Task;
            }
            await api.StopAsync(CancellationToken.None);
        }
        await output.WriteLineAsync($"adnode {settings.Name}: stopped; the journal is released.");
        return 0;
    }

    /// <summary>The one line a node prints once it serves: where, on which journal, on which clock, in which cluster role.</summary>
    public static string StartupLine(DistributionNode node, string url)
    {
        var journal = JournalSettings.FromConfig(node.Config);
        var clock = node.Settings.VirtualClock ? "virtual (simulation)" : "wall";
        return $"adnode {node.Settings.Name}: listening on {url}; journal {Describe(journal)}; clock {clock}; cluster role {ClusterRole(node)}";
    }

    /// <summary>standalone, or "member at host:port" in cluster mode.</summary>
    public static string ClusterRole(DistributionNode node) =>
        node.Cluster.Enabled ? $"member at {node.Cluster.Host}:{node.Cluster.Port}" : "standalone";

    /// <summary>The journal as an administrator finds it: the SQLite file, or the PostgreSQL server and database (never the password).</summary>
    public static string Describe(JournalSettings journal)
    {
        if (journal.Kind == JournalKind.Sqlite) return $"sqlite {journal.SqlitePath}";
        var parts = new DbConnectionStringBuilder { ConnectionString = journal.PostgreSqlConnectionString };
        string Part(string key) => parts.TryGetValue(key, out var value) ? value?.ToString() ?? "?" : "?";
        return $"postgresql {Part("Host")}:{(parts.ContainsKey("Port") ? Part("Port") : "5432")}/{Part("Database")}";
    }
}
