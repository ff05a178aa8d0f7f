using System.Text.Json.Serialization;
using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.Packages;
using ActorDistribution.Distribution.SiteDespoolers;
using ActorDistribution.Distribution.Sites;

namespace ActorDistribution.Distribution.PackageDirectories;

/// <summary>
/// The numbers one delivery runs by, resolved when it is requested from the target site's settings in
/// effect and the despooler options, and stored in the event so a replay never depends on today's configuration.
/// </summary>
/// <param name="ForcedDelivery">The target site has use-forced-disconnect on and the job type allows forcing.</param>
/// <param name="RetryInterval">x.</param>
/// <param name="RetriesBeforeForcedDisconnection">y.</param>
/// <param name="ForcedDisconnectionDelay">z.</param>
/// <param name="MaxRetries">Retries after failures that forcing cannot cure (locked files without forcing, copy errors).</param>
public sealed record DeliveryPlan(
    bool ForcedDelivery,
    TimeSpan RetryInterval,
    int RetriesBeforeForcedDisconnection,
    TimeSpan ForcedDisconnectionDelay,
    int MaxRetries)
{
    /// <param name="target">The settings in effect at the job's target site (the source site's never matter).</param>
    public static DeliveryPlan ForJob(JobType jobType, SiteSettings target, DespoolerOptions options)
    {
        // Bad numbers here would silently break the x·(y+1)+z timing, so they are refused outright.
        ArgumentOutOfRangeException.ThrowIfNegative(target.RetriesBeforeForcedDisconnection);
        ArgumentOutOfRangeException.ThrowIfLessThan(target.ForcedDisconnectionDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetries);
        var retryInterval = PackageDirectories.RetryInterval.Of(target.Response, options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retryInterval, TimeSpan.Zero);
        return new DeliveryPlan(
            target.UseForcedDisconnect && jobType.AllowsForcedDelivery(),
            retryInterval,
            target.RetriesBeforeForcedDisconnection,
            target.ForcedDisconnectionDelay,
            options.MaxRetries);
    }

    /// <summary>Removal retries on locked files but never forces users off.</summary>
    public static DeliveryPlan ForRemoval(SiteSettings target, DespoolerOptions options) =>
        ForJob(JobType.RemovePackageFromServer, target, options);

    /// <summary>
    /// The attempt whose failure ends the delivery as failed. A forced delivery always gets its forcing
    /// attempt (y+1); files found open before it never count as a failure that ends it.
    /// </summary>
    [JsonIgnore]
    public int LastAttempt => ForcedDelivery ? Math.Max(MaxRetries, RetriesBeforeForcedDisconnection + 1) : MaxRetries;

    /// <summary>The limit of "retry k of y": the forcing threshold when forcing, the retry limit otherwise.</summary>
    [JsonIgnore]
    public int RetryLimitShown => ForcedDelivery ? RetriesBeforeForcedDisconnection : MaxRetries;
}

/// <summary>An install or removal that arrived while a delivery was mid-step; it starts as soon as that delivery comes to rest.</summary>
/// <param name="Version">Null for a removal.</param>
/// <param name="JobId">The job it serves (null in journals written before jobs were named here).</param>
public sealed record QueuedRequest(
    PackageDirectoryOperation Operation,
    string? Version,
    IReadOnlyList<PackageFile> Files,
    JobType JobType,
    DeliveryPlan Plan,
    string? JobId = null);
