namespace ActorDistribution.Distribution.Requests;

/// <summary>
/// The install status of a package on one server: pending, installing, retrying (k of y), access-revoked,
/// warning-sent (closes at T), force-disconnecting, copying, installed (version), failed (reason), removing,
/// removed; <c>none</c> when the package was never sent to that server.
/// </summary>
public sealed record ServerStatusView(string Server, string Site, string Status);
