using System.Globalization;

namespace ActorDistribution.Distribution.PackageDirectories;

/// <summary>
/// How long after the first failed attempt a forced delivery copies the files: x·(y+1)+z.
/// Attempts 0..y find files open and wait x each; attempt y+1 warns; the copy follows z later.
/// </summary>
public static class ForcedDeliveryTime
{
    public static TimeSpan Compute(TimeSpan retryInterval, int retriesBeforeForcedDisconnection, TimeSpan forcedDisconnectionDelay)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(retriesBeforeForcedDisconnection);
        return retryInterval * (retriesBeforeForcedDisconnection + 1) + forcedDisconnectionDelay;
    }

    /// <summary>Whole hours (which may exceed a day) and minutes: 1325 min is <c>22h05m</c>.</summary>
    public static string Format(TimeSpan time)
    {
        var minutes = (long)Math.Floor(time.TotalMinutes);
        return string.Create(CultureInfo.InvariantCulture, $"{minutes / 60}h{minutes % 60:00}m");
    }
}
