using System.Net;
using System.Net.Sockets;
using ActorDistribution.Shell.Session;

namespace ActorDistribution.Shell.Tests;

/// <summary><c>--connect a,b,c</c>: the shell drives the first node that answers, as any cluster member accepts any command.</summary>
public sealed class ConnectFallbackSpec : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private HttpNode _node = null!;

    public async Task InitializeAsync() => _node = await HttpNode.StartAsync(_data.Path);

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public void Connect_takes_several_nodes_separated_by_commas()
    {
        Assert.True(ShellOptions.TryParse(["--connect", "http://127.0.0.1:5081,http://127.0.0.1:5082", "--", "site", "list"], out var options, out var problem), problem);
        Assert.Equal(["http://127.0.0.1:5081/", "http://127.0.0.1:5082/"], options.ConnectAll.Select(u => u.ToString()));
        Assert.Equal(new Uri("http://127.0.0.1:5081/"), options.Connect);
        Assert.False(ShellOptions.TryParse(["--connect", "http://127.0.0.1:5081,ftp://x"], out _, out problem));
        Assert.Contains("'ftp://x'", problem);
    }

    [Fact]
    public async Task A_node_that_is_down_is_passed_over_for_the_next()
    {
        var down = new Uri($"http://127.0.0.1:{ClosedPort()}/");
        await using var remote = new RemoteNode([down, new Uri($"http://127.0.0.1:{_node.Port}/")], token: null);

        var reply = await remote.ExecuteAsync(["clock", "show"]);

        Assert.True(reply.Succeeded, reply.Error);
        Assert.Contains($"127.0.0.1:{_node.Port}", remote.Description);
    }

    [Fact]
    public async Task When_no_node_answers_the_error_names_each()
    {
        var first = new Uri($"http://127.0.0.1:{ClosedPort()}/");
        var second = new Uri($"http://127.0.0.1:{ClosedPort()}/");
        await using var remote = new RemoteNode([first, second], token: null);

        var reply = await remote.ExecuteAsync(["clock", "show"]);

        Assert.False(reply.Succeeded);
        Assert.Equal($"cannot reach {first}, {second}: no node answered.", reply.Error);
    }

    // A port nobody listens on: bound, read, released.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
