namespace ActorDistribution.Distribution.Caps;

/// <summary>How CAP locations are written for people: UNC paths, as a client's log shows them.</summary>
public static class CapPaths
{
    /// <summary><c>OSHER/CAP_DAN</c> + <c>offerinf.box</c> gives <c>\\OSHER\CAP_DAN\offerinf.box</c>; a plain CAP name gets its default share.</summary>
    public static string Unc(string cap, string? path = null)
    {
        var root = @"\\" + CapShares.Location(cap).Replace('/', '\\');
        return string.IsNullOrEmpty(path) ? root : root + @"\" + path.Replace('/', '\\');
    }

    /// <summary>The lock file's path inside a CAP share: <c>offerinf.box/inboxlck.tok</c>.</summary>
    public static string LockPath(string inbox, string lockFile) => inbox.TrimEnd('/', '\\') + "/" + lockFile;
}
