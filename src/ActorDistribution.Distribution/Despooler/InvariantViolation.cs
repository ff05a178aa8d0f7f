namespace ActorDistribution.Distribution.Despooler;

/// <summary>A broken audit rule (SPEC.md section 5), with the event where it shows.</summary>
public sealed record InvariantViolation(string Rule, PackageDirectoryEvent Event, string Message)
{
    public const string AccessLeftRevoked = "access-left-revoked";
    public const string DisconnectWithoutWarning = "disconnect-without-warning";
    public const string ForcedTooEarly = "forced-too-early";
}
