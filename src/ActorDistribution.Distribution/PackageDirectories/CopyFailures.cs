using System.Runtime.InteropServices;

namespace ActorDistribution.Distribution.PackageDirectories;

/// <summary>The reasons a copy reports when it stopped on an error rather than on a file a user holds open.</summary>
public static class CopyFailures
{
    public static string SourceMissing(string path, string version) => $"source missing: {path} of version {version}";

    /// <summary>Names the failure as an administrator would look for it: disk full first, since it needs action on the server.</summary>
    public static string Describe(Exception exception, string? path = null)
    {
        var where = path is null ? "" : $" writing {path}";
        return exception switch
        {
            IOException io when IsDiskFull(io) => $"disk full{where}: {io.Message}",
            FileNotFoundException or DirectoryNotFoundException => $"source missing{where}: {exception.Message}",
            UnauthorizedAccessException => $"access denied{where}: {exception.Message}",
            _ => $"copy error{where}: {exception.Message}",
        };
    }

    // ERROR_HANDLE_DISK_FULL (0x27) and ERROR_DISK_FULL (0x70) on Windows; ENOSPC (28) elsewhere.
    private static bool IsDiskFull(IOException io)
    {
        var code = io.HResult & 0xFFFF;
        return RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? code is 0x27 or 0x70 : code is 28 or 0x70;
    }
}
