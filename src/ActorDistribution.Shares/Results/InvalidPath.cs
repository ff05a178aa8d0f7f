namespace ActorDistribution.Shares;

/// <summary>A path that cannot be canonicalised under the share root ('..', absolute, a link out of the root, empty).</summary>
public sealed record InvalidPath(string Path, string Reason) : ShareFailure
{
    public override string Message => $"invalid path '{Path}': {Reason}";
}
