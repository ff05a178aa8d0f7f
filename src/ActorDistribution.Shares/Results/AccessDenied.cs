namespace ActorDistribution.Shares;

/// <summary>A new session was refused, e.g. because access to the share is revoked for everyone but the service account.</summary>
public sealed record AccessDenied(ShareAddress Share, string User, string Reason) : ShareFailure
{
    public override string Message => $"access denied: {User} to {Share}: {Reason}";
}
