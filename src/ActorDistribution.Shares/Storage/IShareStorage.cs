namespace ActorDistribution.Shares.Storage;

/// <summary>
/// Where a share host keeps its files. Only stores: every rule (sessions, sharing, access) is the host's,
/// and the host calls it under its lock, except <see cref="StageAsync"/>. Paths are canonical; names
/// are resolved case-insensitively and existing names keep their stored spelling.
/// </summary>
internal interface IShareStorage
{
    /// <summary>Shares already present when the host starts (disk keeps them across restarts).</summary>
    IReadOnlyList<ShareAddress> DiscoverShares();

    void CreateShare(ShareAddress share);

    void DeleteShare(ShareAddress share);

    /// <summary>The entry at the path in its stored spelling, or null when nothing is there.</summary>
    StoredEntry? Find(ShareAddress share, SharePath path);

    /// <summary>Why the path leaves the share root (through a link), or null when it stays inside.</summary>
    string? Escape(ShareAddress share, SharePath path);

    /// <summary>Creates or replaces a file, creating missing directories.</summary>
    void WriteFile(ShareAddress share, SharePath path, ReadOnlySpan<byte> content, DateTimeOffset at);

    /// <summary>Copies a stream aside, outside the host's lock, for a later <see cref="Commit"/>.</summary>
    Task<StagedContent> StageAsync(Stream content, CancellationToken cancellationToken);

    void Commit(ShareAddress share, SharePath path, StagedContent staged, DateTimeOffset at);

    void Discard(StagedContent staged);

    void DeleteFile(ShareAddress share, SharePath path);

    void CreateDirectory(ShareAddress share, SharePath path);

    void DeleteEmptyDirectory(ShareAddress share, SharePath path);

    /// <summary>Entries of a directory, sorted by name.</summary>
    IReadOnlyList<DirectoryEntry> List(ShareAddress share, SharePath path);

    byte[] Read(ShareAddress share, SharePath path);

    Stream OpenRead(ShareAddress share, SharePath path);

    ShareFileInfo Info(ShareAddress share, SharePath path);
}
