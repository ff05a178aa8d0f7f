using ActorDistribution.Distribution.Sites;
using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>The despooler sent the order to its package directories, planned with the settings in effect.</summary>
/// <param name="OfferFile">The offer dropped into the site's offer inbox (run-command-on-workstation jobs), else null.</param>
[EventManifest("despooler.order-dispatched.v1")]
public sealed record DeliveryOrderDispatched(DateTimeOffset At, string JobId, SiteSettings Settings, string? OfferFile) : DespoolerEvent(At);
