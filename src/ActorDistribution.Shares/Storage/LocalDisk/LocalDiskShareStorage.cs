namespace ActorDistribution.Shares.Storage.LocalDisk;

/// <summary>
/// Shares as real directories, <c>root/SERVER/SHARE/...</c>. Names are matched case-insensitively even
/// on case-sensitive file systems. Files are written aside and moved into place, so a reader that
/// still streams the old contents is never handed a torn file.
/// </summary>
internal sealed class LocalDiskShareStorage : IShareStorage
{
    // Dot-names are refused for servers, so the staging area can never collide with a share.
    private const string StagingDirectoryName = ".staging";

    private readonly string _root;
    private readonly string _staging;
    private readonly Dictionary<ShareAddress, string> _shareDirectories = [];

    public LocalDiskShareStorage(string root)
    {
        _root = Path.GetFullPath(root);
        _staging = Path.Combine(_root, StagingDirectoryName);
        Directory.CreateDirectory(_staging);
    }

    public IReadOnlyList<ShareAddress> DiscoverShares()
    {
        foreach (var server in new DirectoryInfo(_root).EnumerateDirectories())
        {
            foreach (var share in server.EnumerateDirectories())
            {
                // Directories that could not be a share (the staging area, odd names) are left alone.
                if (ShareAddress.TryParse($"{server.Name}/{share.Name}", out var address, out _))
                    _shareDirectories.TryAdd(address, share.FullName);
            }
        }
        return _shareDirectories.Keys.ToList();
    }

    public void CreateShare(ShareAddress share)
    {
        var serverDirectory = ResolveChild(_root, share.Server) ?? Path.Combine(_root, share.Server);
        var shareDirectory = Path.Combine(serverDirectory, share.Share);
        Directory.CreateDirectory(shareDirectory);
        _shareDirectories[share] = shareDirectory;
    }

    public void DeleteShare(ShareAddress share)
    {
        Directory.Delete(_shareDirectories[share], recursive: true);
        _shareDirectories.Remove(share);
    }

    public StoredEntry? Find(ShareAddress share, SharePath path)
    {
        var (fullPath, stored, exists) = Resolve(share, path);
        if (!exists) return null;
        return new StoredEntry(stored, Directory.Exists(fullPath) && !IsLink(fullPath));
    }

    public string? Escape(ShareAddress share, SharePath path)
    {
        var shareRoot = _shareDirectories[share];
        var current = shareRoot;
        foreach (var segment in path.Segments)
        {
            current = ResolveChild(current, segment);
            if (current is null) return null;
            if (!IsLink(current)) continue;
            var target = Directory.Exists(current)
                ? Directory.ResolveLinkTarget(current, returnFinalTarget: true)
                : File.ResolveLinkTarget(current, returnFinalTarget: true);
            if (target is null || !IsUnder(Path.GetFullPath(target.FullName), shareRoot))
                return $"'{Path.GetRelativePath(shareRoot, current)}' is a link that leads out of the share";
        }
        return null;
    }

    public void WriteFile(ShareAddress share, SharePath path, ReadOnlySpan<byte> content, DateTimeOffset at)
    {
        var temporary = NewStagingPath();
        File.WriteAllBytes(temporary, content);
        Commit(share, path, new StagedFile(temporary), at);
    }

    public async Task<StagedContent> StageAsync(Stream content, CancellationToken cancellationToken)
    {
        var temporary = NewStagingPath();
        try
        {
            await using var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await content.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        return new StagedFile(temporary);
    }

    public void Commit(ShareAddress share, SharePath path, StagedContent staged, DateTimeOffset at)
    {
        var temporary = ((StagedFile)staged).TemporaryPath;
        var target = Resolve(share, path).FullPath;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.SetLastWriteTimeUtc(temporary, at.UtcDateTime);
        File.Move(temporary, target, overwrite: true);
    }

    public void Discard(StagedContent staged) => File.Delete(((StagedFile)staged).TemporaryPath);

    public void DeleteFile(ShareAddress share, SharePath path) => File.Delete(Resolve(share, path).FullPath);

    public void CreateDirectory(ShareAddress share, SharePath path) => Directory.CreateDirectory(Resolve(share, path).FullPath);

    public void DeleteEmptyDirectory(ShareAddress share, SharePath path) => Directory.Delete(Resolve(share, path).FullPath);

    public IReadOnlyList<DirectoryEntry> List(ShareAddress share, SharePath path)
        => new DirectoryInfo(Resolve(share, path).FullPath).EnumerateFileSystemInfos()
            // A link is listed as a file so that a recursive delete removes the link, never what it points to.
            .Select(info => new DirectoryEntry(info.Name, info is DirectoryInfo && info.LinkTarget is null))
            .OrderBy(entry => entry.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

    public byte[] Read(ShareAddress share, SharePath path) => File.ReadAllBytes(Resolve(share, path).FullPath);

    public Stream OpenRead(ShareAddress share, SharePath path)
        => new FileStream(Resolve(share, path).FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    public ShareFileInfo Info(ShareAddress share, SharePath path)
    {
        var (fullPath, stored, _) = Resolve(share, path);
        using var content = File.OpenRead(fullPath);
        var sha256 = ContentHash.Of(content);
        return new ShareFileInfo(stored.Value, content.Length, sha256, new DateTimeOffset(File.GetLastWriteTimeUtc(fullPath), TimeSpan.Zero));
    }

    /// <summary>The full path for a share path, using stored spellings where entries exist.</summary>
    private (string FullPath, SharePath Stored, bool Exists) Resolve(ShareAddress share, SharePath path)
    {
        var current = _shareDirectories[share];
        var stored = SharePath.Root;
        var exists = true;
        foreach (var segment in path.Segments)
        {
            var found = exists ? ResolveChild(current, segment) : null;
            exists = found is not null;
            current = found ?? Path.Combine(current, segment);
            stored = stored.Append(Path.GetFileName(current));
        }
        return (current, stored, exists);
    }

    private static string? ResolveChild(string directory, string name)
    {
        var exact = Path.Combine(directory, name);
        if (Path.Exists(exact) || IsLink(exact)) return exact;
        if (!Directory.Exists(directory)) return null;
        return Directory.EnumerateFileSystemEntries(directory)
            .FirstOrDefault(entry => string.Equals(Path.GetFileName(entry), name, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    private static bool IsUnder(string path, string root)
        => string.Equals(path, root, StringComparison.Ordinal)
           || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private string NewStagingPath() => Path.Combine(_staging, Guid.NewGuid().ToString("N"));
}
