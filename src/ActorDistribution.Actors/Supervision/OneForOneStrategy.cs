namespace ActorDistribution.Actors.Supervision;

/// <summary>Applies the directive to the failing child only.</summary>
public sealed class OneForOneStrategy : SupervisorStrategy
{
    public OneForOneStrategy(Func<Exception, Directive> decider) : this(-1, null, decider) { }

    public OneForOneStrategy(int maxNrOfRetries, TimeSpan? withinTimeRange, Func<Exception, Directive> decider)
        : base(maxNrOfRetries, withinTimeRange, decider) { }

    internal override IEnumerable<IActorRef> Affected(IActorRef failed, IReadOnlyCollection<IActorRef> children) => [failed];
}
