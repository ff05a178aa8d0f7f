namespace ActorDistribution.Actors.Supervision;

/// <summary>Applies Restart and Stop to every child when one fails (for children that only make sense together).</summary>
public sealed class AllForOneStrategy : SupervisorStrategy
{
    public AllForOneStrategy(Func<Exception, Directive> decider) : this(-1, null, decider) { }

    public AllForOneStrategy(int maxNrOfRetries, TimeSpan? withinTimeRange, Func<Exception, Directive> decider)
        : base(maxNrOfRetries, withinTimeRange, decider) { }

    internal override IEnumerable<IActorRef> Affected(IActorRef failed, IReadOnlyCollection<IActorRef> children) => children;
}
