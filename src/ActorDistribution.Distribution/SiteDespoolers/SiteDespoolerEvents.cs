using ActorDistribution.Distribution.Sites;
using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.SiteDespoolers;

/// <summary>A fact in the life of a site's despooler component.</summary>
public abstract record DespoolerEvent(DateTimeOffset At) : IJournalEvent;

/// <summary>The despooler sent the order to its package directories, planned with the settings in effect.</summary>
/// <param name="OfferFile">The offer dropped into the site's offer inbox (run-command-on-workstation jobs), else null.</param>
[EventManifest("despooler.order-dispatched.v1")]
public sealed record DeliveryOrderDispatched(DateTimeOffset At, string JobId, SiteSettings Settings, string? OfferFile) : DespoolerEvent(At);

/// <summary>
/// A package directory has taken the despooler's dispatch (its request is in the directory's own journal, which with the
/// due index carries the delivery on from there): a node start no longer sends it again, so it does not wake the directory.
/// </summary>
/// <param name="Directory">The package directory's entity id, SERVER/PACKAGE.</param>
[EventManifest("despooler.dispatch-taken.v1")]
public sealed record DispatchTaken(DateTimeOffset At, string Directory, string JobId) : DespoolerEvent(At);

/// <summary>A cancelled job withdrew its order before the despooler sent it on; a late copy of the order is acknowledged but never run.</summary>
[EventManifest("despooler.order-withdrawn.v1")]
public sealed record DeliveryOrderWithdrawn(DateTimeOffset At, string JobId) : DespoolerEvent(At);

/// <summary>A job's order reached the despooler; it waits here until the despooler runs.</summary>
[EventManifest("despooler.order-received.v1")]
public sealed record DeliveryOrderReceived(DateTimeOffset At, DeliveryOrder Order) : DespoolerEvent(At);

/// <summary>The despooler was paused: new deliveries wait until it continues.</summary>
[EventManifest("despooler.paused.v1")]
public sealed record DespoolerPaused(DateTimeOffset At) : DespoolerEvent(At);

/// <summary>The despooler was stopped: new deliveries wait until it starts.</summary>
[EventManifest("despooler.stopped.v1")]
public sealed record DespoolerStopped(DateTimeOffset At) : DespoolerEvent(At);

/// <summary>The despooler started or continued and loaded the site settings: from now on they are the settings in effect.</summary>
[EventManifest("despooler.settings-loaded.v1")]
public sealed record SettingsLoaded(DateTimeOffset At, DespoolerAction Action, SiteSettings Settings) : DespoolerEvent(At);
