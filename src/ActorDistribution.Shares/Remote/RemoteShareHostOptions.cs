namespace ActorDistribution.Shares.Remote;

/// <summary>How a node reaches an adfileserver process.</summary>
public sealed record RemoteShareHostOptions
{
    /// <summary>The file server's base address, e.g. http://127.0.0.1:5090.</summary>
    public required Uri BaseAddress { get; init; }

    /// <summary>Bearer token the file server requires off loopback; empty sends none.</summary>
    public string Token { get; init; } = "";

    /// <summary>The account the node acts as; must be the file server's fileserver.service-account.</summary>
    public string ServiceAccount { get; init; } = new ShareHostOptions().ServiceAccount;

    /// <summary>How long one call may take before it is given up as <see cref="Unavailable"/>.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a call that could not connect is tried again (connection errors only: the request never reached the server).</summary>
    public int Retries { get; init; } = 3;

    /// <summary>Pause before the first retry; doubled for each further one.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Where the host reports calls it gave up on (the node passes its logger); null reports nowhere.</summary>
    public Action<string>? Log { get; init; }
}
