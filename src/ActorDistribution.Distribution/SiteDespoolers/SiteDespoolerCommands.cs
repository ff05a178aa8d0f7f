using ActorDistribution.Distribution.Sites;
using Akka.Actor;

namespace ActorDistribution.Distribution.SiteDespoolers;

/// <summary>Start, stop, pause or continue a despooler; answers a ComponentView or a Rejected.</summary>
public sealed record ControlDespooler(DespoolerAction Action);

/// <summary>What <c>component start|stop|pause|continue</c> asks of a despooler.</summary>
public enum DespoolerAction
{
    Start,
    Stop,
    Pause,
    Continue,
}

/// <summary>A job hands its order for one target site to that site's despooler; answered with <see cref="DeliveryOrderAccepted"/> (also when repeated).</summary>
public sealed record DispatchDelivery(DeliveryOrder Order);

/// <summary>
/// A cancelled job takes back its order for one site: an order still waiting (the despooler paused or stopped) is dropped,
/// and an order that has not arrived yet will not run when it does. Answered with <see cref="DeliveryWithdrawn"/>.
/// </summary>
public sealed record WithdrawDelivery(string JobId);

/// <summary>The answer to <see cref="WithdrawDelivery"/>: <paramref name="Withdrawn"/> is false when the order had already gone to the package directories.</summary>
public sealed record DeliveryWithdrawn(string JobId, string Site, bool Withdrawn);

/// <summary>Asks a despooler for its status and the settings in effect (a ComponentView).</summary>
public sealed record GetDespoolerState
{
    public static readonly GetDespoolerState Instance = new();
}

/// <summary>The site answered the despooler's question for its settings, during a start or continue.</summary>
internal sealed record SiteSettingsFetched(DespoolerAction Action, SiteSettings Settings, IActorRef ReplyTo);

/// <summary>The despooler could not load the site settings (unknown site, no answer), so it did not start.</summary>
internal sealed record SiteSettingsUnavailable(string Reason, IActorRef ReplyTo);

/// <summary>The despooler of <paramref name="Site"/> holds the job's order (persisted): it runs now or once the despooler runs.</summary>
public sealed record DeliveryOrderAccepted(string JobId, string Site);

/// <summary>
/// A package directory tells the despooler that sent it Install or Remove of <paramref name="JobId"/> that it holds the request
/// (persisted, or already seen): the despooler records it (<see cref="DispatchTaken"/>) and stops sending it again on restarts.
/// </summary>
/// <param name="Directory">The package directory's entity id, SERVER/PACKAGE.</param>
public sealed record DirectoryTookDispatch(string Directory, string JobId);
