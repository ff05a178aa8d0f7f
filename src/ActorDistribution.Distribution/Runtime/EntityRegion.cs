using Akka.Actor;
using Akka.Pattern;

namespace ActorDistribution.Distribution.Runtime;

/// <summary>
/// The parent of every entity of one kind (sites, package directories, CAP inboxes...): it starts an
/// entity on its first message and forwards to it. Each entity runs under a backoff supervisor, so one
/// that stops on a failed journal write comes back after a delay and recovers from the journal. Messages are
/// addressed through <see cref="EntityExtractor"/>, as a cluster-sharding region will address them.
/// An idle entity asks to stop (<see cref="Passivate"/>): from then until its supervisor terminated, its messages
/// wait here, and if any came it is started again and gets them in order, so none is lost.
/// </summary>
public sealed class EntityRegion : ReceiveActor
{
    private readonly Func<string, Props> _entityProps;
    private readonly RegionBackoff _backoff;
    // Entities stopping after a Passivate (by child name), with the messages that came for them meanwhile.
    private readonly Dictionary<string, List<(object Message, IActorRef Sender)>> _stopping = new(StringComparer.Ordinal);

    public EntityRegion(Func<string, Props> entityProps, RegionBackoff backoff)
    {
        _entityProps = entityProps;
        _backoff = backoff;
        var extractor = EntityExtractor.Default;
        Receive<EntityEnvelope>(envelope => Deliver(extractor.EntityId(envelope)!, extractor.EntityMessage(envelope)!, Sender));
        Receive<Passivate>(Passivating);
        Receive<Terminated>(Stopped);
        Receive<GetAwakeCount>(_ => Sender.Tell(new AwakeCount(Context.GetChildren().Count()), Self));
    }

    public static Props Props(Func<string, Props> entityProps, RegionBackoff? backoff = null)
        => Akka.Actor.Props.Create(() => new EntityRegion(entityProps, backoff ?? RegionBackoff.Default));

    /// <summary>The entities running now (for progress lines and tests; never a list of what exists).</summary>
    public sealed record GetAwakeCount
    {
        public static readonly GetAwakeCount Instance = new();
    }

    public sealed record AwakeCount(int Count);

    private void Deliver(string entityId, object message, IActorRef sender)
    {
        if (string.IsNullOrWhiteSpace(entityId)) throw new ArgumentException("An entity id must not be empty.", nameof(entityId));
        var name = Uri.EscapeDataString(entityId);  // ids such as NTSRV1/OFFICE97 hold '/'
        if (_stopping.TryGetValue(name, out var waiting)) waiting.Add((message, sender));
        else EntityFor(name).Tell(message, sender);
    }

    private void Passivating(Passivate passivate)
    {
        // The sender is the entity's backoff supervisor (it passes its child's messages on as itself).
        var supervisor = Sender;
        var name = supervisor.Path.Name;
        if (_stopping.ContainsKey(name) || !Context.Child(name).Equals(supervisor)) return;
        _stopping[name] = [];
        Context.Watch(supervisor);
        supervisor.Tell(passivate.StopMessage, Self);
    }

    private void Stopped(Terminated terminated)
    {
        var name = terminated.ActorRef.Path.Name;
        if (!_stopping.Remove(name, out var waiting) || waiting.Count == 0) return;
        var entity = EntityFor(name);
        foreach (var (message, sender) in waiting) entity.Tell(message, sender);
    }

    private IActorRef EntityFor(string name)
    {
        var existing = Context.Child(name);
        if (!existing.Equals(ActorRefs.Nobody)) return existing;
        var options = Backoff.OnStop(_entityProps(Uri.UnescapeDataString(name)), "entity", _backoff.Min, _backoff.Max, _backoff.RandomFactor, -1)
            .WithFinalStopMessage(message => message is StopEntity);
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

    /// <summary>One try of <see cref="AskAgainAsync"/>: answers come in milliseconds, so a silent one was lost.</summary>
    public static readonly TimeSpan Try = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Asks an entity, again after each short try that got no answer, until <see cref="Timeout"/>. In a cluster a message
    /// to an entity whose member just died is lost until its shard has moved; a second ask then reaches it on a survivor.
    /// Only for questions (asking twice must do no harm).
    /// </summary>
    public static async Task<object> AskAgainAsync(IActorRef region, EntityEnvelope question)
    {
        var tries = (int)(Timeout / Try);
        for (var i = 1; ; i++)
        {
            try
            {
                return await region.Ask<object>(question, Try).ConfigureAwait(false);
            }
            catch (AskTimeoutException) when (i < tries)
            {
            }
        }
    }
}
