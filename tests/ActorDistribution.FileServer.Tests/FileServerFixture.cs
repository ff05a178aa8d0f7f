using System.Net;
using System.Net.Sockets;
using ActorDistribution.FileServer;
using ActorDistribution.Shares;
using ActorDistribution.Shares.Remote;

namespace ActorDistribution.FileServer.Tests;

/// <summary>An adfileserver in this process on a free 127.0.0.1 port, over a sandbox root, restartable on the same port and root.</summary>
internal sealed class FileServerFixture : IAsyncDisposable
{
    private readonly TimeProvider _clock;

    public FileServerFixture(TimeProvider clock, string serviceAccount, string token = "", bool closeHandlesOnStart = false, string host = "127.0.0.1")
    {
        _clock = clock;
        Sandbox = Path.Combine(Path.GetTempPath(), "fileserver-spec-" + Guid.NewGuid().ToString("N"));
        Settings = new FileServerSettings(host, FreePort(), token, Path.Combine(Sandbox, "root"), [], serviceAccount, 32 * 1024 * 1024, closeHandlesOnStart, TimeSpan.FromSeconds(30));
        App = Start();
    }

    public string Sandbox { get; }

    public FileServerSettings Settings { get; }

    public FileServerApp App { get; private set; }

    public Uri Url => new($"http://{Settings.HttpHost}:{Settings.HttpPort}");

    public RemoteShareHost Client(string? token = null, int retries = 3) => new(new RemoteShareHostOptions
    {
        BaseAddress = Url,
        Token = token ?? Settings.Token,
        ServiceAccount = Settings.ServiceAccount,
        Timeout = TimeSpan.FromSeconds(10),
        Retries = retries,
        RetryDelay = TimeSpan.FromMilliseconds(50),
    });

    public async Task StopAsync() => await App.DisposeAsync();  // RestartAsync disposes it again: harmless

    public async Task RestartAsync()
    {
        await App.DisposeAsync();
        App = Start();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Sandbox, recursive: true); } catch (IOException) { }
    }

    private FileServerApp Start()
    {
        var app = FileServerApp.Build(Settings, _clock);
        app.StartAsync().GetAwaiter().GetResult();
        return app;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
