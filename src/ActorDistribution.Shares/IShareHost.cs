namespace ActorDistribution.Shares;

/// <summary>
/// File shares with sessions, open handles, access control and user messages (SPEC.md section 4).
/// Paths are relative to the share root ('/' or '\'), canonicalised, and matched case-insensitively.
/// File operations without a session act as the service account and never open a handle; any handle
/// held by a session blocks writing, replacing and deleting that file. Expected refusals are returned
/// as <see cref="ShareFailure"/>s. Thread-safe.
/// </summary>
public interface IShareHost
{
    /// <summary>The account that keeps access when a share is revoked.</summary>
    string ServiceAccount { get; }

    ShareResult CreateShare(ShareAddress share);

    /// <summary>Removes the share and its files; refused with a sharing violation while any file in it is open.</summary>
    ShareResult DeleteShare(ShareAddress share);

    IReadOnlyList<ShareAddress> ListShares(string server);

    /// <summary>Starts a session; refused with <see cref="AccessDenied"/> while access is revoked, unless the user is the service account.</summary>
    ShareResult<ShareSession> Connect(string user, ShareAddress share);

    /// <summary>Ends a session, closing its handles.</summary>
    ShareResult Disconnect(SessionId session);

    ShareResult<IReadOnlyList<SessionListing>> ListSessions(ShareAddress share);

    /// <summary>Opens an existing file for reading; any number of sessions may read one file at once.</summary>
    ShareResult<OpenHandle> OpenFile(SessionId session, string path);

    /// <summary>
    /// Opens an existing file for <paramref name="user"/> in their session on the share (their first one, by user name
    /// case-insensitively), starting a session only if the open succeeds: a failed open leaves no session behind.
    /// </summary>
    ShareResult<OpenHandle> OpenFileAs(string user, ShareAddress share, string path);

    ShareResult CloseHandle(HandleId handle);

    /// <summary>The contents behind an open handle, e.g. for a download; the caller disposes the stream and then closes the handle.</summary>
    ShareResult<Stream> ReadHandle(HandleId handle);

    /// <summary>Creates or replaces a file (and its missing directories) as the service account.</summary>
    ShareResult WriteFile(ShareAddress share, string path, ReadOnlySpan<byte> content);

    /// <summary>
    /// <see cref="WriteFile"/> from a stream. The file is checked for holders first and stays reserved
    /// while copying, so nobody can open it half-written.
    /// </summary>
    Task<ShareResult> WriteFileAsync(ShareAddress share, string path, Stream content, CancellationToken cancellationToken = default);

    ShareResult DeleteFile(ShareAddress share, string path);

    /// <summary>Creates a directory and its missing parents; succeeds if it already exists.</summary>
    ShareResult CreateDirectory(ShareAddress share, string path);

    /// <summary>
    /// Deletes a directory tree file by file, in name order, and stops at the first file held open,
    /// leaving the rest in place (as the original servers did).
    /// </summary>
    ShareResult DeleteDirectory(ShareAddress share, string path);

    /// <summary>Names in a directory (the empty path is the share root), sorted; opens nothing.</summary>
    ShareResult<IReadOnlyList<DirectoryEntry>> ListDirectory(ShareAddress share, string path);

    ShareResult<byte[]> ReadFile(ShareAddress share, string path);

    ShareResult<ShareFileInfo> GetFileInfo(ShareAddress share, string path);

    /// <summary>Every handle open under the subtree (the empty path is the whole share).</summary>
    ShareResult<IReadOnlyList<OpenHandle>> FindOpenFiles(ShareAddress share, string subtree);

    /// <summary>Refuses new sessions for everyone but the service account; sessions already connected keep their access.</summary>
    ShareResult RevokeAccess(ShareAddress share);

    ShareResult RestoreAccess(ShareAddress share);

    ShareResult<AccessState> GetAccessState(ShareAddress share);

    /// <summary>
    /// Ends every session of the share that holds a file open under the subtree (closing all its handles)
    /// and sends <paramref name="reason"/> to each affected user. Sessions with nothing open there are untouched.
    /// </summary>
    ShareResult<ForceCloseReport> ForceClose(ShareAddress share, string subtree, string reason);

    /// <summary>Delivers a message from the service account to the user's message inbox.</summary>
    /// <param name="key">When given, a message with this key already delivered to the user is not delivered again:
    /// a step repeated after a restart (done, but not yet recorded) must not warn anyone twice.</param>
    void SendMessage(string user, string text, string? key = null);

    /// <summary>The user's messages, oldest first.</summary>
    IReadOnlyList<ShareMessage> Messages(string user);
}
