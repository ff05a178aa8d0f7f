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
            config.GetTimeSpan("actor-system.shutdown-timeout"));
    }

    /// <summary>Bound to the loopback interface only: then, and only then, the API may run without a token.</summary>
    public bool IsLoopback => HttpHost is "127.0.0.1" or "localhost" or "::1" or "[::1]";
}
