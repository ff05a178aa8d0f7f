namespace ActorDistribution.Shares;

/// <summary>A user connected to a share, since a time on the host's clock.</summary>
public sealed record ShareSession(SessionId Id, string User, ShareAddress Share, DateTimeOffset Since);
