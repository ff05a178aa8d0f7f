using ActorDistribution.Hocon;

namespace ActorDistribution.Node;

/// <summary>The node's own settings: its name, clock, HTTP binding and shares, read from the configuration.</summary>
public sealed record NodeSettings(
    string Name,
    bool VirtualClock,
    string HttpHost,
    int HttpPort,
    string Token,
    string SharesRoot,
    string ServiceAccount,
    TimeSpan AskTimeout,
    TimeSpan ShutdownTimeout)
{
    /// <summary>embedded (the in-process local-disk host) or remote (an adfileserver reached over HTTP).</summary>
    public string SharesHost { get; init; } = "embedded";

    public string SharesRemoteUrl { get; init; } = "";

    public string SharesRemoteToken { get; init; } = "";

    public TimeSpan SharesRemoteTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public int SharesRemoteRetries { get; init; } = 3;

    public static NodeSettings From(Config config)
    {
        var clock = config.GetString("clock.mode");
        if (clock is not ("wall" or "virtual"))
            throw new ArgumentException($"clock.mode is '{clock}'; expected wall or virtual.");
        return new NodeSettings(
            config.GetString("actor-system.name"),
            clock == "virtual",
            config.GetString("node.http.host"),
            config.GetInt("node.http.port"),
            config.GetString("node.http.token"),
            config.GetString("shares.root"),
            config.GetString("shares.service-account"),
            config.GetTimeSpan("actor-system.ask-timeout"),
            config.GetTimeSpan("actor-system.shutdown-timeout"))
        {
            SharesHost = SharesHostOf(config.GetString("shares.host")),
            SharesRemoteUrl = config.GetString("shares.remote.url"),
            SharesRemoteToken = config.GetString("shares.remote.token"),
            SharesRemoteTimeout = config.GetTimeSpan("shares.remote.timeout"),
            SharesRemoteRetries = config.GetInt("shares.remote.retries"),
        };
    }

    private static string SharesHostOf(string host) => host is "embedded" or "remote"
        ? host
        : throw new ArgumentException($"shares.host is '{host}'; expected embedded or remote.");

    /// <summary>Bound to the loopback interface only: then, and only then, the API may run without a token.</summary>
    public bool IsLoopback => HttpHost is "127.0.0.1" or "localhost" or "::1" or "[::1]";
}
