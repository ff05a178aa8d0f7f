using System.Security.Cryptography;

namespace ActorDistribution.Distribution.Packages;

/// <summary>
/// Reads a package source directory tree: each file's path relative to the root (with '/'), size and SHA-256. Slow on big trees: run it off the actor.
/// Symbolic links: a link whose (final) target leaves the source is refused, naming the link and its target, so nothing outside
/// the tree becomes part of a package; a file link inside the tree stays and is packaged with its target's content; a link to a
/// directory is refused even inside the tree (it would list files twice or loop); a dangling link is refused.
/// </summary>
public static class PackageManifest
{
    private static readonly EnumerationOptions OneLevel = new() { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };

    public static async Task<IReadOnlyList<PackageFile>> ScanAsync(string sourceDirectory, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(sourceDirectory))
            throw new DirectoryNotFoundException($"source directory {sourceDirectory} does not exist");

        var root = Path.GetFullPath(sourceDirectory);
        var found = new List<(string Full, string Relative)>();
        Walk(sourceDirectory, root, new DirectoryInfo(root), found);

        var files = new List<PackageFile>();
        foreach (var (full, relative) in found.OrderBy(file => file.Relative, StringComparer.OrdinalIgnoreCase))
        {
            await using var stream = File.OpenRead(full);
            var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
            files.Add(new PackageFile(relative, stream.Length, Convert.ToHexStringLower(hash)));
        }

        if (files.Count == 0) throw new InvalidDataException($"source directory {sourceDirectory} holds no files");
        return files;
    }

    /// <summary>Opens a file of a source tree for a copy; null when it is gone, or when it (or a folder on its way) has become a link leaving the source.</summary>
    public static Stream? OpenSource(string sourceDirectory, string relativePath)
    {
        var root = Path.GetFullPath(sourceDirectory);
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!Inside(root, full) || LeavesOnTheWay(root, full)) return null;
        return File.Exists(full) ? new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
    }

    /// <summary>The source is refused as soon as one entry is a link this rule does not allow.</summary>
    /// <exception cref="InvalidDataException">a link leaving the source, a directory link, or a dangling link.</exception>
    private static void Walk(string shown, string root, DirectoryInfo directory, List<(string Full, string Relative)> found)
    {
        foreach (var entry in directory.EnumerateFileSystemInfos("*", OneLevel))
        {
            var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
            if (entry.LinkTarget is not null)
            {
                var target = Target(entry, relative);
                if (!Inside(root, target.FullName))
                    throw new InvalidDataException($"{relative} is a link to {target.FullName}, outside the source {shown}; links may not leave the source");
                if (!target.Exists) throw new InvalidDataException($"{relative} is a link to {target.FullName}, which does not exist");
                if (target is DirectoryInfo || Directory.Exists(target.FullName))
                    throw new InvalidDataException($"{relative} is a link to the directory {target.FullName}; links to directories are not followed (only file links inside the source are packaged)");
                found.Add((entry.FullName, relative));
            }
            else if (entry is DirectoryInfo subdirectory) Walk(shown, root, subdirectory, found);
            else found.Add((entry.FullName, relative));
        }
    }

    private static FileSystemInfo Target(FileSystemInfo link, string relative)
    {
        try
        {
            return link.ResolveLinkTarget(returnFinalTarget: true) ?? link;
        }
        catch (IOException problem)
        {
            throw new InvalidDataException($"{relative} is a link to {link.LinkTarget} that cannot be followed: {problem.Message}", problem);
        }
    }

    private static bool LeavesOnTheWay(string root, string full)
    {
        var path = root;
        foreach (var part in Path.GetRelativePath(root, full).Split(Path.DirectorySeparatorChar))
        {
            path = Path.Combine(path, part);
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (info.LinkTarget is null) continue;
            try
            {
                if (info.ResolveLinkTarget(returnFinalTarget: true) is not { } target || !Inside(root, target.FullName)) return true;
            }
            catch (IOException)
            {
                return true;
            }
        }
        return false;
    }

    private static bool Inside(string root, string full)
    {
        var rooted = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        return full.StartsWith(rooted, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }
}

/// <summary>One file of a package version as its manifest lists it; a copy is good only if size and SHA-256 (lowercase hex) match.</summary>
public sealed record PackageFile(string Path, long Size, string Sha256);
