using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>An install or update was requested; a new delivery starts and its first attempt is due at once.</summary>
/// <param name="Plan">x, y, z and forcing as resolved from the target site's settings in effect.</param>
[EventManifest("despooler.delivery-requested.v1")]
public sealed record DeliveryRequested(
    DateTimeOffset At,
    string Version,
    IReadOnlyList<PackageFile> Files,
    JobType JobType,
    DeliveryPlan Plan) : PackageDirectoryEvent(At);
