using ActorDistribution.Shares.Storage;

namespace ActorDistribution.Shares;

/// <summary>File and directory operations done as the service account; every change first asks who holds the file.</summary>
public abstract partial class ShareHost
{
    public ShareResult WriteFile(ShareAddress share, string path, ReadOnlySpan<byte> content)
    {
        lock (_gate)
        {
            if (Locate(share, path, isFile: true, out var state, out var canonical) is { } invalid) return invalid;
            if (CheckFileSlot(state, canonical) is { } conflict) return conflict;
            if (Sharing(state, canonical) is { } violation) return violation;
            _storage.WriteFile(state.Address, canonical, content, _clock.GetUtcNow());
            return ShareResult.Ok;
        }
    }

    public async Task<ShareResult> WriteFileAsync(ShareAddress share, string path, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ShareState state;
        SharePath canonical;
        lock (_gate)
        {
            if (Locate(share, path, isFile: true, out state, out canonical) is { } invalid) return invalid;
            if (CheckFileSlot(state, canonical) is { } conflict) return conflict;
            if (Sharing(state, canonical) is { } violation) return violation;
            var stored = _storage.Find(state.Address, canonical)?.Path ?? canonical;
            state.BeginWrite(canonical, new OpenHandle(new HandleId(++_lastHandle), ServiceWrite, ServiceAccount, state.Address, stored.Value, _clock.GetUtcNow()));
        }

        StagedContent? staged = null;
        try
        {
            staged = await _storage.StageAsync(content, cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                // The directory layout may have changed while copying; the reservation only covers the file.
                if (CheckFileSlot(state, canonical) is { } conflict) return conflict;
                _storage.Commit(state.Address, canonical, staged, _clock.GetUtcNow());
                staged = null;
                return ShareResult.Ok;
            }
        }
        finally
        {
            lock (_gate) state.EndWrite(canonical);
            if (staged is not null) _storage.Discard(staged);
        }
    }

    public ShareResult DeleteFile(ShareAddress share, string path)
    {
        lock (_gate)
        {
            if (Locate(share, path, isFile: true, out var state, out var canonical) is { } invalid) return invalid;
            var entry = _storage.Find(state.Address, canonical);
            if (entry is null) return FileNotFound(state, canonical);
            if (entry.IsDirectory) return new PathConflict(state.Address, entry.Path.Value, "is a directory, not a file");
            if (Sharing(state, canonical) is { } violation) return violation;
            _storage.DeleteFile(state.Address, entry.Path);
            return ShareResult.Ok;
        }
    }

    public ShareResult CreateDirectory(ShareAddress share, string path)
    {
        lock (_gate)
        {
            if (Locate(share, path, isFile: false, out var state, out var canonical) is { } invalid) return invalid;
            if (canonical.IsRoot) return ShareResult.Ok;
            foreach (var directory in canonical.Ancestors().Append(canonical))
            {
                if (_storage.Find(state.Address, directory) is { IsDirectory: false } file)
                    return new PathConflict(state.Address, file.Path.Value, "is a file, not a directory");
            }
            if (state.IsBeingWritten(canonical)) return new PathConflict(state.Address, canonical.Value, "a file is being written there");
            _storage.CreateDirectory(state.Address, canonical);
            return ShareResult.Ok;
        }
    }

    public ShareResult DeleteDirectory(ShareAddress share, string path)
    {
        lock (_gate)
        {
            if (Locate(share, path, isFile: false, out var state, out var canonical) is { } invalid) return invalid;
            if (canonical.IsRoot) return new InvalidPath(path, "the share root cannot be deleted; delete the share instead");
            var entry = _storage.Find(state.Address, canonical);
            if (entry is null) return new NotFound($"directory {state.Address}/{canonical}");
            if (!entry.IsDirectory) return new PathConflict(state.Address, entry.Path.Value, "is a file, not a directory");
            return DeleteTree(state, entry.Path) is { } stopped ? stopped : ShareResult.Ok;
        }
    }

    public ShareResult<IReadOnlyList<DirectoryEntry>> ListDirectory(ShareAddress share, string path)
    {
        lock (_gate)
        {
            if (Locate(share, path, isFile: false, out var state, out var canonical) is { } invalid) return invalid;
            var entry = canonical.IsRoot ? new StoredEntry(canonical, IsDirectory: true) : _storage.Find(state.Address, canonical);
            if (entry is null) return new NotFound($"directory {state.Address}/{canonical}");
            if (!entry.IsDirectory) return new PathConflict(state.Address, entry.Path.Value, "is a file, not a directory");
            return ShareResult.Success(_storage.List(state.Address, entry.Path));
        }
    }

    public ShareResult<byte[]> ReadFile(ShareAddress share, string path)
    {
        lock (_gate)
        {
            if (LocateFile(share, path, out var state, out var entry) is { } failure) return failure;
            return ShareResult.Success(_storage.Read(state.Address, entry.Path));
        }
    }

    public ShareResult<ShareFileInfo> GetFileInfo(ShareAddress share, string path)
    {
        lock (_gate)
        {
            if (LocateFile(share, path, out var state, out var entry) is { } failure) return failure;
            return ShareResult.Success(_storage.Info(state.Address, entry.Path));
        }
    }

    /// <summary>Deletes files in name order, depth first; stops at the first file someone holds.</summary>
    private SharingViolation? DeleteTree(ShareState state, SharePath directory)
    {
        foreach (var entry in _storage.List(state.Address, directory))
        {
            var child = directory.Append(entry.Name);
            if (entry.IsDirectory)
            {
                if (DeleteTree(state, child) is { } stopped) return stopped;
                continue;
            }
            if (Sharing(state, child) is { } violation) return violation;
            _storage.DeleteFile(state.Address, child);
        }
        _storage.DeleteEmptyDirectory(state.Address, directory);
        return null;
    }

    private SharingViolation? Sharing(ShareState state, SharePath path)
    {
        var holders = state.HoldersOf(path);
        return holders.Count == 0 ? null : new SharingViolation(state.Address, holders[0].Path, holders);
    }

    /// <summary>Refuses a file path that is a directory, or that lies under a file.</summary>
    private PathConflict? CheckFileSlot(ShareState state, SharePath path)
    {
        foreach (var directory in path.Ancestors())
        {
            if (_storage.Find(state.Address, directory) is { IsDirectory: false } file)
                return new PathConflict(state.Address, file.Path.Value, "is a file, not a directory");
        }
        return _storage.Find(state.Address, path) is { IsDirectory: true } existing
            ? new PathConflict(state.Address, existing.Path.Value, "is a directory, not a file")
            : null;
    }

    private ShareFailure? LocateFile(ShareAddress share, string path, out ShareState state, out StoredEntry entry)
    {
        entry = null!;
        if (Locate(share, path, isFile: true, out state, out var canonical) is { } invalid) return invalid;
        var found = _storage.Find(state.Address, canonical);
        if (found is null) return FileNotFound(state, canonical);
        if (found.IsDirectory) return new PathConflict(state.Address, found.Path.Value, "is a directory, not a file");
        entry = found;
        return null;
    }
}
