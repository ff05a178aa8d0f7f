namespace ActorDistribution.Shares.Storage.InMemory;

/// <summary>Share trees held in memory: cheap enough for thousands of shares and files in simulations.</summary>
internal sealed class InMemoryShareStorage : IShareStorage
{
    private readonly Dictionary<ShareAddress, MemoryDirectory> _shares = [];

    public IReadOnlyList<ShareAddress> DiscoverShares() => [];

    public void CreateShare(ShareAddress share) => _shares[share] = new MemoryDirectory(share.Share);

    public void DeleteShare(ShareAddress share) => _shares.Remove(share);

    public StoredEntry? Find(ShareAddress share, SharePath path)
    {
        MemoryNode node = _shares[share];
        var stored = SharePath.Root;
        foreach (var segment in path.Segments)
        {
            if (node is not MemoryDirectory directory || !directory.Children.TryGetValue(segment, out var child)) return null;
            node = child;
            stored = stored.Append(child.Name);
        }
        return new StoredEntry(stored, node is MemoryDirectory);
    }

    public string? Escape(ShareAddress share, SharePath path) => null;

    public void WriteFile(ShareAddress share, SharePath path, ReadOnlySpan<byte> content, DateTimeOffset at)
        => Put(share, path, content.ToArray(), at);

    public async Task<StagedContent> StageAsync(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return new StagedBytes(buffer.ToArray());
    }

    public void Commit(ShareAddress share, SharePath path, StagedContent staged, DateTimeOffset at)
        => Put(share, path, ((StagedBytes)staged).Content, at);

    public void Discard(StagedContent staged)
    {
    }

    public void DeleteFile(ShareAddress share, SharePath path) => DirectoryOf(share, path.Parent).Children.Remove(path.Name);

    public void CreateDirectory(ShareAddress share, SharePath path) => EnsureDirectory(share, path);

    public void DeleteEmptyDirectory(ShareAddress share, SharePath path) => DirectoryOf(share, path.Parent).Children.Remove(path.Name);

    public IReadOnlyList<DirectoryEntry> List(ShareAddress share, SharePath path)
        => DirectoryOf(share, path).Children.Values
            .Select(node => new DirectoryEntry(node.Name, node is MemoryDirectory))
            .OrderBy(entry => entry.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

    public byte[] Read(ShareAddress share, SharePath path) => (byte[])FileAt(share, path).Content.Clone();

    public Stream OpenRead(ShareAddress share, SharePath path) => new MemoryStream(FileAt(share, path).Content, writable: false);

    public ShareFileInfo Info(ShareAddress share, SharePath path)
    {
        var file = FileAt(share, path);
        return new ShareFileInfo(path.Value, file.Content.LongLength, file.Sha256, file.LastWritten);
    }

    private void Put(ShareAddress share, SharePath path, byte[] content, DateTimeOffset at)
    {
        var directory = EnsureDirectory(share, path.Parent);
        // A replaced file keeps the spelling it was created with, as on the original servers.
        var name = directory.Children.TryGetValue(path.Name, out var existing) ? existing.Name : path.Name;
        directory.Children[name] = new MemoryFile(name, content, at);
    }

    private MemoryDirectory EnsureDirectory(ShareAddress share, SharePath path)
    {
        var directory = _shares[share];
        foreach (var segment in path.Segments)
        {
            if (!directory.Children.TryGetValue(segment, out var child))
            {
                child = new MemoryDirectory(segment);
                directory.Children[segment] = child;
            }
            directory = (MemoryDirectory)child;
        }
        return directory;
    }

    private MemoryDirectory DirectoryOf(ShareAddress share, SharePath path)
    {
        var directory = _shares[share];
        foreach (var segment in path.Segments) directory = (MemoryDirectory)directory.Children[segment];
        return directory;
    }

    private MemoryFile FileAt(ShareAddress share, SharePath path) => (MemoryFile)DirectoryOf(share, path.Parent).Children[path.Name];
}
