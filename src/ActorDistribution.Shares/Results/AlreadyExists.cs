namespace ActorDistribution.Shares;

/// <summary>Creating something that is already there, e.g. a share.</summary>
public sealed record AlreadyExists(string What) : ShareFailure
{
    public override string Message => $"already exists: {What}";
}
