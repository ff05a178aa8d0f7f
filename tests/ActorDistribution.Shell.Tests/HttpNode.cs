using ActorDistribution.Hocon;
using ActorDistribution.Node;
using ActorDistribution.Node.Http;
using Microsoft.AspNetCore.Builder;

namespace ActorDistribution.Shell.Tests;

/// <summary>A simulated node with its HTTP API on a free port, its journal and shares in a test's folder.</summary>
internal sealed class HttpNode : IAsyncDisposable
{
    private HttpNode(DistributionNode node, WebApplication api, int port)
    {
        Node = node;
        Api = api;
        Port = port;
    }

    public DistributionNode Node { get; }
    public WebApplication Api { get; }
    public int Port { get; }

    public static async Task<HttpNode> StartAsync(string folder, params string[] overrides)
    {
        var port = LoopbackPort.Free();
        var config = ConfigFactory.Load(null, [
            "clock.mode=virtual", $"persistence.sqlite.path={Path.Combine(folder, "journal.db")}",
            $"shares.root={Path.Combine(folder, "shares")}", $"node.http.port={port}", "logging.console.enabled=off", .. overrides]);
        var node = await DistributionNode.StartAsync(config);
        var api = NodeHttpApi.Build(node);
        await api.StartAsync();
        return new HttpNode(node, api, port);
    }

    public async ValueTask DisposeAsync()
    {
        await Api.StopAsync();
        await Api.DisposeAsync();
        await Node.DisposeAsync();
    }
}
