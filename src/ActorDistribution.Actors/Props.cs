using ActorDistribution.Actors.Actor;
using ActorDistribution.Actors.Supervision;

namespace ActorDistribution.Actors;

/// <summary>The recipe for an actor: how to make an instance, and how it supervises its children.</summary>
public sealed class Props
{
    private Props(Func<ActorBase> factory, Type actorType, SupervisorStrategy? supervisorStrategy)
    {
        Factory = factory;
        ActorType = actorType;
        SupervisorStrategy = supervisorStrategy;
    }

    public Type ActorType { get; }

    /// <summary>Overrides the strategy the actor itself would choose for its children.</summary>
    public SupervisorStrategy? SupervisorStrategy { get; }

    internal Func<ActorBase> Factory { get; }

    /// <summary>Props from a factory, e.g. <c>Props.Create(() => new Despooler(site))</c>; called again on every restart.</summary>
    public static Props Create<TActor>(Func<TActor> factory) where TActor : ActorBase
        => new(factory, typeof(TActor), null);

    public static Props Create<TActor>() where TActor : ActorBase, new()
        => new(() => new TActor(), typeof(TActor), null);

    public Props WithSupervisorStrategy(SupervisorStrategy strategy) => new(Factory, ActorType, strategy);

    internal ActorBase NewActor() => Factory();
}
