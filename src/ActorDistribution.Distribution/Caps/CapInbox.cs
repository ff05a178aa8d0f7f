namespace ActorDistribution.Distribution.Caps;

/// <summary>
/// One inbox on one CAP: <c>OSHER/CAP_DAN</c> + <c>offerinf.box</c>. Compared case-insensitively,
/// as the original file servers compared names.
/// </summary>
public sealed record CapInbox(string Cap, string Inbox)
{
    public bool Equals(CapInbox? other)
        => other is not null
           && string.Equals(Cap, other.Cap, StringComparison.OrdinalIgnoreCase)
           && string.Equals(Inbox.Replace('\\', '/'), other.Inbox.Replace('\\', '/'), StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode()
        => HashCode.Combine(
            StringComparer.OrdinalIgnoreCase.GetHashCode(Cap),
            StringComparer.OrdinalIgnoreCase.GetHashCode(Inbox.Replace('\\', '/')));

    /// <summary>The persistence id of the inbox entity, e.g. <c>inbox/OSHER/CAP_DAN/offerinf.box</c>.</summary>
    public string PersistenceId => $"inbox/{Cap}/{Inbox}";

    /// <summary>The path a client would type: <c>\\OSHER\CAP_DAN\offerinf.box</c>.</summary>
    public string UncPath => CapPaths.Unc(Cap, Inbox);

    public override string ToString() => $"{Cap}/{Inbox}";
}
