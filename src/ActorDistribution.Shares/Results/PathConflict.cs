namespace ActorDistribution.Shares;

/// <summary>A file is where a directory is needed, or the other way round.</summary>
public sealed record PathConflict(ShareAddress Share, string Path, string Reason) : ShareFailure
{
    public override string Message => $"{Share}/{Path}: {Reason}";
}
