using Akka.Actor;

namespace ActorDistribution.Distribution.Gateway;

/// <summary>
/// The entity regions of the inbox side, keyed by CAP name, site code, site code and client name. The
/// gateway creates them and fills this in before any entity starts; entities use it to reach each other.
/// </summary>
public sealed class InboxRegions
{
    public IActorRef Caps { get; internal set; } = ActorRefs.Nobody;
    public IActorRef InboxManagers { get; internal set; } = ActorRefs.Nobody;
    public IActorRef StuckLockSupervisors { get; internal set; } = ActorRefs.Nobody;
    public IActorRef Clients { get; internal set; } = ActorRefs.Nobody;
}
