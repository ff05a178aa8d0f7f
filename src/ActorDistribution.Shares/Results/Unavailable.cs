namespace ActorDistribution.Shares;

/// <summary>The share host could not be reached or did not answer (a remote file server that is down); the step may be tried again.</summary>
public sealed record Unavailable(string Reason) : ShareFailure
{
    public override string Message => $"share host unavailable: {Reason}";
}
