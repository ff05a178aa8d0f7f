using System.Security.Cryptography;
using System.Text;
using ActorDistribution.Distribution.Caps;

namespace ActorDistribution.Distribution.InboxManagers;

/// <summary>Decides whether a CAP inbox needs an update, from the two listings alone.</summary>
public static class InboxComparison
{
    /// <summary>
    /// The change to replicate, or null when the CAP copy matches. Names compare case-insensitively and
    /// the lock file is never copied. With <paramref name="clearLeftLocks"/> (the scan on start), a lock
    /// on the CAP alone is a change too, which is how restarting the manager removes a lock left behind.
    /// </summary>
    public static InboxChange? Compare(CapInbox address, IReadOnlyList<InboxFile> site, IReadOnlyList<InboxFile> cap, string lockFile, bool clearLeftLocks)
    {
        var siteFiles = site.Where(f => !IsLock(f.Name, lockFile)).ToList();
        var onCap = cap.Where(f => !IsLock(f.Name, lockFile)).ToDictionary(f => f.Name, f => f.Sha256, StringComparer.OrdinalIgnoreCase);
        var lockOnCap = cap.Any(f => IsLock(f.Name, lockFile));
        var changed = siteFiles
            .Where(f => !onCap.TryGetValue(f.Name, out var hash) || !string.Equals(hash, f.Sha256, StringComparison.OrdinalIgnoreCase))
            .Select(f => f.Name)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return changed.Count == 0 && !(lockOnCap && clearLeftLocks) ? null : new InboxChange(address, Version(siteFiles), changed);
    }

    /// <summary>A fingerprint of the site inbox's content, used as the replicated version.</summary>
    public static string Version(IEnumerable<InboxFile> files)
    {
        var text = string.Join('\n', files
            .OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .Select(f => f.Name.ToLowerInvariant() + ":" + f.Sha256.ToLowerInvariant()));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    private static bool IsLock(string name, string lockFile) => string.Equals(name, lockFile, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A CAP inbox that differs from its site inbox: the files to copy (none when only a left lock needs clearing).</summary>
public sealed record InboxChange(CapInbox Address, string Version, IReadOnlyList<string> Files);

/// <summary>A file of an inbox as the comparison sees it: name and content hash.</summary>
public sealed record InboxFile(string Name, string Sha256);
