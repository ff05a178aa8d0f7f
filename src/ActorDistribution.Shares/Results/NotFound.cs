namespace ActorDistribution.Shares;

/// <summary>The share, session, handle, file or directory named does not exist.</summary>
public sealed record NotFound(string What) : ShareFailure
{
    public override string Message => $"not found: {What}";
}
