using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Tests.Gateway;

/// <summary>A share host with faults switched on by the test: a full disk (streamed writes throw), messaging down (sends throw); otherwise the inner host.</summary>
internal sealed class FaultyShareHost(IShareHost inner) : IShareHost
{
    public bool DiskFull { get; set; }
    public bool MessagingDown { get; set; }

    public string ServiceAccount => inner.ServiceAccount;
    public ShareResult CreateShare(ShareAddress share) => inner.CreateShare(share);
    public ShareResult DeleteShare(ShareAddress share) => inner.DeleteShare(share);
    public IReadOnlyList<ShareAddress> ListShares(string server) => inner.ListShares(server);
    public ShareResult<ShareSession> Connect(string user, ShareAddress share) => inner.Connect(user, share);
    public ShareResult Disconnect(SessionId session) => inner.Disconnect(session);
    public ShareResult<IReadOnlyList<SessionListing>> ListSessions(ShareAddress share) => inner.ListSessions(share);
    public ShareResult<OpenHandle> OpenFile(SessionId session, string path) => inner.OpenFile(session, path);
    public ShareResult<OpenHandle> OpenFileAs(string user, ShareAddress share, string path) => inner.OpenFileAs(user, share, path);
    public ShareResult CloseHandle(HandleId handle) => inner.CloseHandle(handle);
    public ShareResult<Stream> ReadHandle(HandleId handle) => inner.ReadHandle(handle);
    public ShareResult WriteFile(ShareAddress share, string path, ReadOnlySpan<byte> content) => inner.WriteFile(share, path, content);

    // 0x70 is ERROR_DISK_FULL, as the local-disk host would see it on Windows.
    public Task<ShareResult> WriteFileAsync(ShareAddress share, string path, Stream content, CancellationToken cancellationToken = default) => DiskFull
        ? Task.FromException<ShareResult>(new IOException("There is not enough space on the disk.", unchecked((int)0x80070070)))
        : inner.WriteFileAsync(share, path, content, cancellationToken);

    public ShareResult DeleteFile(ShareAddress share, string path) => inner.DeleteFile(share, path);
    public ShareResult CreateDirectory(ShareAddress share, string path) => inner.CreateDirectory(share, path);
    public ShareResult DeleteDirectory(ShareAddress share, string path) => inner.DeleteDirectory(share, path);
    public ShareResult<IReadOnlyList<DirectoryEntry>> ListDirectory(ShareAddress share, string path) => inner.ListDirectory(share, path);
    public ShareResult<byte[]> ReadFile(ShareAddress share, string path) => inner.ReadFile(share, path);
    public ShareResult<ShareFileInfo> GetFileInfo(ShareAddress share, string path) => inner.GetFileInfo(share, path);
    public ShareResult<IReadOnlyList<OpenHandle>> FindOpenFiles(ShareAddress share, string subtree) => inner.FindOpenFiles(share, subtree);
    public ShareResult RevokeAccess(ShareAddress share) => inner.RevokeAccess(share);
    public ShareResult RestoreAccess(ShareAddress share) => inner.RestoreAccess(share);
    public ShareResult<AccessState> GetAccessState(ShareAddress share) => inner.GetAccessState(share);
    public ShareResult<ForceCloseReport> ForceClose(ShareAddress share, string subtree, string reason) => inner.ForceClose(share, subtree, reason);
    public void SendMessage(string user, string text, string? key = null)
    {
        if (MessagingDown) throw new IOException("The messenger service is not running.");
        inner.SendMessage(user, text, key);
    }
    public IReadOnlyList<ShareMessage> Messages(string user) => inner.Messages(user);
}
