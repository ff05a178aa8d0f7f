using System.Security.Cryptography;

namespace ActorDistribution.Distribution.Packages;

/// <summary>Reads a package source directory tree: each file's path relative to the root (with '/'), size and SHA-256. Slow on big trees: run it off the actor.</summary>
public static class PackageManifest
{
    public static async Task<IReadOnlyList<PackageFile>> ScanAsync(string sourceDirectory, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(sourceDirectory))
            throw new DirectoryNotFoundException($"source directory {sourceDirectory} does not exist");

        var files = new List<PackageFile>();
        var paths = Directory.EnumerateFiles(sourceDirectory, "*", SearchOption.AllDirectories)
            .Select(full => (Full: full, Relative: Path.GetRelativePath(sourceDirectory, full).Replace('\\', '/')))
            .OrderBy(file => file.Relative, StringComparer.OrdinalIgnoreCase);
        foreach (var (full, relative) in paths)
        {
            await using var stream = File.OpenRead(full);
            var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
            files.Add(new PackageFile(relative, stream.Length, Convert.ToHexStringLower(hash)));
        }

        if (files.Count == 0) throw new InvalidDataException($"source directory {sourceDirectory} holds no files");
        return files;
    }

    /// <summary>Opens a file of a source tree for a copy; null when it is gone.</summary>
    public static Stream? OpenSource(string sourceDirectory, string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(sourceDirectory, relativePath));
        return File.Exists(full) ? new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
    }
}

/// <summary>One file of a package version as its manifest lists it; a copy is good only if size and SHA-256 (lowercase hex) match.</summary>
public sealed record PackageFile(string Path, long Size, string Sha256);
