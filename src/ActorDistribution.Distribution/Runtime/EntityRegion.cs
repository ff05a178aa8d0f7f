using Akka.Actor;
using Akka.Pattern;

namespace ActorDistribution.Distribution.Runtime;

/// <summary>
/// The parent of every entity of one kind (sites, package directories, CAP inboxes...): it starts an
/// entity on its first message and forwards to it. Each entity runs under a backoff supervisor, so one
/// that stops on a failed journal write comes back after a delay and recovers from the journal. Messages are
/// addressed through <see cref="EntityExtractor"/>, as a cluster-sharding region will address them.
/// </summary>
public sealed class EntityRegion : ReceiveActor
{
    private readonly Func<string, Props> _entityProps;
    private readonly RegionBackoff _backoff;

    public EntityRegion(Func<string, Props> entityProps, RegionBackoff backoff)
    {
        _entityProps = entityProps;
        _backoff = backoff;
        var extractor = EntityExtractor.Default;
        Receive<EntityEnvelope>(envelope => EntityFor(extractor.EntityId(envelope)!).Forward(extractor.EntityMessage(envelope)));
    }

    public static Props Props(Func<string, Props> entityProps, RegionBackoff? backoff = null)
        => Akka.Actor.Props.Create(() => new EntityRegion(entityProps, backoff ?? RegionBackoff.Default));

    private IActorRef EntityFor(string entityId)
    {
        if (string.IsNullOrWhiteSpace(entityId)) throw new ArgumentException("An entity id must not be empty.", nameof(entityId));
        var name = Uri.EscapeDataString(entityId);  // ids such as NTSRV1/OFFICE97 hold '/'
        var existing = Context.Child(name);
        if (!existing.Equals(ActorRefs.Nobody)) return existing;
        var options = Backoff.OnStop(_entityProps(entityId), "entity", _backoff.Min, _backoff.Max, _backoff.RandomFactor, -1);
        return Context.ActorOf(BackoffSupervisor.Props(options), name);
    }
}

/// <summary>Restart delays of entities that stopped (e.g. on a failed write): min·2ⁿ up to max, stretched by the random factor.</summary>
public sealed record RegionBackoff(TimeSpan Min, TimeSpan Max, double RandomFactor)
{
    public static readonly RegionBackoff Default = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), 0.2);
}

/// <summary>How long one domain actor waits for another's answer (on the system clock).</summary>
public static class EntityAsk
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
}
