using System.Collections.Concurrent;
using ActorDistribution.Shares;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ActorDistribution.FileServer;

/// <summary>
/// One adfileserver process: the named file servers (distribution servers and CAPs) under one root, each
/// server a directory of shares, behind the HTTP+JSON API of <see cref="FileServerApi"/>.
/// </summary>
public sealed class FileServerApp : IAsyncDisposable
{
    private readonly StateStore _store;
    private readonly ConcurrentDictionary<SessionId, byte> _transientSessions = new();

    private FileServerApp(FileServerSettings settings, LocalDiskShareHost host, StateStore store, WebApplication web)
    {
        Settings = settings;
        Host = host;
        _store = store;
        Web = web;
    }

    public FileServerSettings Settings { get; }

    public LocalDiskShareHost Host { get; }

    public WebApplication Web { get; }

    /// <summary>Builds the server (not yet listening); <paramref name="clock"/> stamps sessions, handles and messages (tests pass a manual one).</summary>
    public static FileServerApp Build(FileServerSettings settings, TimeProvider? clock = null, int? port = null)
    {
        if (!settings.IsLoopback && string.IsNullOrWhiteSpace(settings.Token))
            throw new InvalidOperationException(
                $"fileserver.http.host is {settings.HttpHost}, not loopback: set fileserver.token so the API is not open to the network.");

        var root = Path.GetFullPath(settings.Root);
        Directory.CreateDirectory(root);
        foreach (var server in settings.Servers)
        {
            if (!ShareAddress.TryParse($"{server}/X", out _, out var problem))
                throw new ArgumentException($"fileserver.servers: '{server}' is not a server name: {problem}");
            Directory.CreateDirectory(Path.Combine(root, server));
        }
        var host = new LocalDiskShareHost(root, clock ?? TimeProvider.System, new ShareHostOptions { ServiceAccount = settings.ServiceAccount });
        var store = new StateStore(settings.StateFile, clock ?? TimeProvider.System);
        if (store.Load() is { } saved) host.RestoreState(saved, closeHandles: settings.CloseHandlesOnStart);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole();
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.WebHost.UseUrls($"http://{settings.HttpHost}:{port ?? settings.HttpPort}");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = settings.MaxUploadBytes);
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = settings.MaxUploadBytes);
        var web = builder.Build();
        var app = new FileServerApp(settings, host, store, web);
        FileServerApi.Map(app);
        app.Save();
        return app;
    }

    /// <summary>The address it listens on, once started.</summary>
    public Uri Address => new(Web.Urls.First());

    public Task StartAsync(CancellationToken cancellationToken = default) => Web.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => Web.StopAsync(cancellationToken);

    public ValueTask DisposeAsync() => Web.DisposeAsync();

    /// <summary>A session that lives only as long as one request (a download); it is never kept across a restart.</summary>
    internal void MarkTransient(SessionId session) => _transientSessions[session] = 0;

    internal void ForgetTransient(SessionId session) => _transientSessions.TryRemove(session, out _);

    /// <summary>Writes the bookkeeping to the state file, without the sessions of downloads in flight.</summary>
    internal void Save() => _store.Save(() =>
    {
        var state = Host.ExportState();
        if (_transientSessions.IsEmpty) return state;
        return state with
        {
            Sessions = state.Sessions.Where(s => !_transientSessions.ContainsKey(s.Id)).ToList(),
            Handles = state.Handles.Where(h => !_transientSessions.ContainsKey(h.Session)).ToList(),
        };
    });
}
