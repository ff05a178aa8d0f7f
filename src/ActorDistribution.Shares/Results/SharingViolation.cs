namespace ActorDistribution.Shares;

/// <summary>The file is held open (readers block writers), so it cannot be written, replaced, deleted or opened.</summary>
public sealed record SharingViolation(ShareAddress Share, string Path, IReadOnlyList<OpenHandle> Holders) : ShareFailure
{
    /// <summary>The distinct users holding the file, in the order they opened it.</summary>
    public IReadOnlyList<string> Users => Holders.Select(h => h.User).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public override string Message
        => $"sharing violation: {Share}/{Path} is open by "
           + string.Join(", ", Holders.Select(h => $"{h.User} (session {h.Session})"));
}
