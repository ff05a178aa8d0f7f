namespace ActorDistribution.Actors.Actor;

/// <summary>What an actor may do while it processes a message: reply, spawn, watch, stop, change behaviour.</summary>
public interface IActorContext
{
    IActorRef Self { get; }

    /// <summary>The sender of the current message; dead letters when there is none.</summary>
    IActorRef Sender { get; }

    IActorRef Parent { get; }
    IEnumerable<IActorRef> Children { get; }
    ActorSystem System { get; }

    /// <summary>The child of that name, or <see cref="ActorRefs.Nobody"/>.</summary>
    IActorRef Child(string name);

    IActorRef ActorOf(Props props, string? name = null);
    void Stop(IActorRef actor);

    /// <summary>Delivers <see cref="Terminated"/> when <paramref name="subject"/> stops, at once if it already has.</summary>
    IActorRef Watch(IActorRef subject);

    /// <summary>No <see cref="Terminated"/> for <paramref name="subject"/> arrives after this call.</summary>
    IActorRef Unwatch(IActorRef subject);

    void Become(Receive receive);
    void BecomeStacked(Receive receive);
    void UnbecomeStacked();
}
