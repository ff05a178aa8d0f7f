namespace ActorDistribution.Shares;

/// <summary>
/// An expected refusal from the share host. Returned rather than thrown, because the actors turn
/// these into messages and events; <see cref="Message"/> is the text a user or the audit sees.
/// </summary>
public abstract record ShareFailure
{
    public abstract string Message { get; }

    public sealed override string ToString() => Message;
}

/// <summary>A new session was refused, e.g. because access to the share is revoked for everyone but the service account.</summary>
public sealed record AccessDenied(ShareAddress Share, string User, string Reason) : ShareFailure
{
    public override string Message => $"access denied: {User} to {Share}: {Reason}";
}

/// <summary>Creating something that is already there, e.g. a share.</summary>
public sealed record AlreadyExists(string What) : ShareFailure
{
    public override string Message => $"already exists: {What}";
}

/// <summary>A path that cannot be canonicalised under the share root ('..', absolute, a link out of the root, empty).</summary>
public sealed record InvalidPath(string Path, string Reason) : ShareFailure
{
    public override string Message => $"invalid path '{Path}': {Reason}";
}

/// <summary>The share, session, handle, file or directory named does not exist.</summary>
public sealed record NotFound(string What) : ShareFailure
{
    public override string Message => $"not found: {What}";
}

/// <summary>A file is where a directory is needed, or the other way round.</summary>
public sealed record PathConflict(ShareAddress Share, string Path, string Reason) : ShareFailure
{
    public override string Message => $"{Share}/{Path}: {Reason}";
}

/// <summary>The share host could not be reached or did not answer (a remote file server that is down); the step may be tried again.</summary>
public sealed record Unavailable(string Reason) : ShareFailure
{
    public override string Message => $"share host unavailable: {Reason}";
}

/// <summary>The file is held open (readers block writers), so it cannot be written, replaced, deleted or opened.</summary>
public sealed record SharingViolation(ShareAddress Share, string Path, IReadOnlyList<OpenHandle> Holders) : ShareFailure
{
    /// <summary>The distinct users holding the file, in the order they opened it.</summary>
    public IReadOnlyList<string> Users => Holders.Select(h => h.User).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public override string Message
        => $"sharing violation: {Share}/{Path} is open by "
           + string.Join(", ", Holders.Select(h => $"{h.User} (session {h.Session})"));
}
