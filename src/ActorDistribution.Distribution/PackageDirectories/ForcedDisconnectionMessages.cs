using System.Globalization;

namespace ActorDistribution.Distribution.PackageDirectories;

/// <summary>The texts users receive during a forced delivery; <paramref name="directory"/> is e.g. <c>NTSRV1/OFFICE97</c>.</summary>
public static class ForcedDisconnectionMessages
{
    public static string Warning(string directory, TimeSpan delay) => string.Create(CultureInfo.InvariantCulture,
        $"The package directory {directory} is about to be updated. Close every program you run from it and every file you have open there: access to it will be closed in {In(delay)}.");

    // Sites set whole minutes; compressed test sites may set seconds.
    private static string In(TimeSpan delay) => delay.Ticks % TimeSpan.TicksPerMinute == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{(long)delay.TotalMinutes} minute{((long)delay.TotalMinutes == 1 ? "" : "s")}")
        : string.Create(CultureInfo.InvariantCulture, $"{(long)delay.TotalSeconds} second{((long)delay.TotalSeconds == 1 ? "" : "s")}");

    public static string ForceClose(string directory) =>
        $"Your open files in the package directory {directory} were closed so that it can be updated.";

    public static string Ready(string directory) =>
        $"The package directory {directory} is ready again; you may reconnect to it.";
}

/// <summary>A file of the package directory that a user holds open (path relative to the package directory).</summary>
public sealed record OpenFile(string User, string Path);
