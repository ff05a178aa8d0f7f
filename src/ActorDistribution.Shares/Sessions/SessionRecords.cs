namespace ActorDistribution.Shares;

/// <summary>A user connected to a share, since a time on the host's clock.</summary>
public sealed record ShareSession(SessionId Id, string User, ShareAddress Share, DateTimeOffset Since);

/// <summary>Identifies one session, unique within a share host for its lifetime.</summary>
public readonly record struct SessionId(long Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Identifies one open handle, unique within a share host for its lifetime.</summary>
public readonly record struct HandleId(long Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A file held open (for reading) by a session; <see cref="Path"/> is canonical, in the file's stored spelling.</summary>
public sealed record OpenHandle(HandleId Id, SessionId Session, string User, ShareAddress Share, string Path, DateTimeOffset OpenedAt);

/// <summary>A session together with the files it holds open, as the shell's <c>share sessions</c> shows it.</summary>
public sealed record SessionListing(ShareSession Session, IReadOnlyList<OpenHandle> OpenFiles);

/// <summary>What a force-close did: whom it affected (each was sent the reason), which sessions it ended and which handles it closed.</summary>
public sealed record ForceCloseReport(
    IReadOnlyList<string> AffectedUsers,
    IReadOnlyList<ShareSession> EndedSessions,
    IReadOnlyList<OpenHandle> ClosedHandles);
