using ActorDistribution.Hocon;

namespace ActorDistribution.FileServer;

/// <summary>The file server's settings, from the <c>fileserver</c> section of the configuration.</summary>
public sealed record FileServerSettings(
    string HttpHost,
    int HttpPort,
    string Token,
    string Root,
    IReadOnlyList<string> Servers,
    string ServiceAccount,
    long MaxUploadBytes,
    bool CloseHandlesOnStart,
    TimeSpan ReservationTimeout)
{
    public static FileServerSettings From(Config config) => new(
        config.GetString("fileserver.http.host"),
        config.GetInt("fileserver.http.port"),
        config.GetString("fileserver.token"),
        config.GetString("fileserver.root"),
        config.GetStringList("fileserver.servers"),
        config.GetString("fileserver.service-account"),
        config.GetBytes("fileserver.max-upload-size"),
        config.GetBoolean("fileserver.close-handles-on-start"),
        config.GetTimeSpan("fileserver.write-reservation-timeout"));

    /// <summary>Bound to the loopback interface only: then, and only then, the API may run without a token.</summary>
    public bool IsLoopback => IsLoopbackHost(HttpHost);

    public static bool IsLoopbackHost(string host) => host is "127.0.0.1" or "localhost" or "::1" or "[::1]";

    /// <summary>Where sessions and handles are kept across restarts: a small SQLite file beside the shares.</summary>
    public string StateFile => Path.Combine(Path.GetFullPath(Root), ".adfileserver-state.db");
}
