using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Distribution.SiteDespoolers;
using ActorDistribution.Runtime.Time;
using Akka.Actor;
using Akka.Persistence;

namespace ActorDistribution.Distribution.Jobs;

/// <summary>
/// A job (job/N): its definition, and which target despoolers hold its order. Orders not yet acknowledged
/// are sent again after a restart (a despooler acknowledges a repeated order without running it twice).
/// Its status is read from the package directories of its targets.
/// </summary>
public sealed class Job : DomainActor
{
    private readonly string _id;
    private readonly IActorRef _despoolers;
    private readonly HashSet<string> _accepted = new(StringComparer.OrdinalIgnoreCase);
    private JobDefinition? _definition;

    /// <param name="despoolers">The despooler region (one per site).</param>
    public Job(string id, IActorRef despoolers)
    {
        _id = id;
        _despoolers = despoolers;
        PersistenceId = PersistenceIds.Job(id);

        Recover<JobCreated>(e => _definition = e.Definition);
        Recover<JobTargetAccepted>(e => _accepted.Add(e.Site));
        Recover<RecoveryCompleted>(_ => SendOrders());

        Command<OpenJob>(Open);
        Command<DeliveryOrderAccepted>(accepted =>
        {
            if (_accepted.Contains(accepted.Site)) return;
            Persist(new JobTargetAccepted(Context.System.Scheduler.Now, accepted.Site), e => _accepted.Add(e.Site));
        });
        Command<GetJobDefinition>(_ => Sender.Tell(_definition is null ? new Rejected($"unknown job {_id}") : _definition, Self));
        Command<WakeUp>(_ => { });
    }

    public override string PersistenceId { get; }

    public static Props Props(string id, IActorRef despoolers) => Akka.Actor.Props.Create(() => new Job(id, despoolers));

    private void Open(OpenJob open)
    {
        if (_definition is not null)
        {
            Sender.Tell(_definition, Self);
            return;
        }

        var replyTo = Sender;
        Persist(new JobCreated(Context.System.Scheduler.Now, open.Definition), e =>
        {
            _definition = e.Definition;
            SendOrders();
            replyTo.Tell(e.Definition, Self);
        });
    }

    private void SendOrders()
    {
        if (_definition is null) return;
        foreach (var target in _definition.Targets.Where(t => !_accepted.Contains(t.Site)))
            _despoolers.Tell(new EntityEnvelope(target.Site, new DispatchDelivery(_definition.OrderFor(target))), Self);
    }
}
