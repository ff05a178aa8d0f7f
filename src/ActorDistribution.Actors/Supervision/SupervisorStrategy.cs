using ActorDistribution.Actors.Actor;

namespace ActorDistribution.Actors.Supervision;

/// <summary>Maps a child's exception to a <see cref="Directive"/> and applies it, within a restart budget.</summary>
public abstract class SupervisorStrategy
{
    protected SupervisorStrategy(int maxNrOfRetries, TimeSpan? withinTimeRange, Func<Exception, Directive> decider)
    {
        MaxNrOfRetries = maxNrOfRetries;
        WithinTimeRange = withinTimeRange;
        Decider = decider;
    }

    /// <summary>Restarts allowed within <see cref="WithinTimeRange"/>; -1 for unlimited. Past it the child is stopped.</summary>
    public int MaxNrOfRetries { get; }
    public TimeSpan? WithinTimeRange { get; }
    public Func<Exception, Directive> Decider { get; }

    /// <summary>Akka's default: stop on initialization failure, Kill and death pacts; restart on any other exception.</summary>
    public static Directive DefaultDecider(Exception cause) => cause switch
    {
        ActorInitializationException => Directive.Stop,
        ActorKilledException => Directive.Stop,
        DeathPactException => Directive.Stop,
        _ => Directive.Restart,
    };

    public static readonly SupervisorStrategy Default = new OneForOneStrategy(DefaultDecider);

    /// <summary>Stops any failing child; used by guardians of things that must not be restarted blindly.</summary>
    public static readonly SupervisorStrategy StoppingStrategy = new OneForOneStrategy(_ => Directive.Stop);

    /// <summary>The children the directive applies to when <paramref name="failed"/> fails.</summary>
    internal abstract IEnumerable<IActorRef> Affected(IActorRef failed, IReadOnlyCollection<IActorRef> children);
}
