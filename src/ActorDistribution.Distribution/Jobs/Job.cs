using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Distribution.Servers;
using ActorDistribution.Distribution.SiteDespoolers;
using ActorDistribution.Runtime.Time;
using Akka.Actor;
using Akka.Persistence;

namespace ActorDistribution.Distribution.Jobs;

/// <summary>
/// A job (job/N): its definition, which target despoolers hold its order, and the outcome of its delivery on
/// each target server. Orders not yet acknowledged are sent again after a restart (a despooler acknowledges a
/// repeated order without running it twice). Each package directory tells the job how this job's delivery
/// there ended (<see cref="DeliverySettled"/>); the job records it once (<see cref="JobTargetSettled"/>), so a
/// later job on the same directory never rewrites this job's history. After a restart it asks the directories
/// of targets still without an outcome, in case a report was lost.
/// </summary>
public sealed class Job : DomainActor
{
    private readonly string _id;
    private readonly IActorRef _despoolers;
    private readonly IActorRef _directories;
    private readonly HashSet<string> _accepted = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TargetOutcome> _outcomes = new(StringComparer.OrdinalIgnoreCase);
    private JobDefinition? _definition;
    private bool _cancelled;

    /// <param name="despoolers">The despooler region (one per site).</param>
    /// <param name="directories">The package directory region, asked for outcomes after a restart.</param>
    public Job(string id, IActorRef despoolers, IActorRef directories)
    {
        _id = id;
        _despoolers = despoolers;
        _directories = directories;
        PersistenceId = PersistenceIds.Job(id);

        Recover<JobCreated>(e => _definition = e.Definition);
        Recover<JobTargetAccepted>(e => _accepted.Add(e.Site));
        Recover<JobTargetSettled>(e => _outcomes.TryAdd(e.Server, e.Outcome));
        Recover<JobCancelled>(_ => _cancelled = true);
        Recover<RecoveryCompleted>(_ =>
        {
            if (_cancelled) Withdraw();
            SendOrders();
            AskOutcomes();
        });

        Command<OpenJob>(Open);
        Command<DeliveryOrderAccepted>(accepted =>
        {
            if (_accepted.Contains(accepted.Site)) return;
            Persist(new JobTargetAccepted(Context.System.Scheduler.Now, accepted.Site), e => _accepted.Add(e.Site));
        });
        Command<DeliverySettled>(Settle);
        Command<CancelOrders>(Cancel);
        Command<DeliveryWithdrawn>(_ => { });
        Command<DeliveryUnsettled>(_ => { });
        Command<GetJobDefinition>(_ => Sender.Tell(_definition is null ? new Rejected($"unknown job {_id}") : _definition, Self));
        Command<GetJobReport>(_ => Sender.Tell(_definition is null ? new Rejected($"unknown job {_id}") : Report(), Self));
        Command<WakeUp>(_ => { });
    }

    public override string PersistenceId { get; }

    public static Props Props(string id, IActorRef despoolers, IActorRef directories) =>
        Akka.Actor.Props.Create(() => new Job(id, despoolers, directories));

    private JobReport Report() => new(_definition!, new Dictionary<string, TargetOutcome>(_outcomes, StringComparer.OrdinalIgnoreCase), _cancelled);

    private void Cancel(CancelOrders cancel)
    {
        if (_definition is null)
        {
            Sender.Tell(new Rejected($"unknown job {_id}"), Self);
            return;
        }

        if (_cancelled)
        {
            Sender.Tell(new Rejected($"job {_id} is already cancelled"), Self);
            return;
        }

        if (_definition.Targets.SelectMany(t => t.Servers).All(_outcomes.ContainsKey))
        {
            Sender.Tell(new Rejected($"job {_id} is finished: every target server has its outcome; nothing is left to cancel"), Self);
            return;
        }

        var replyTo = Sender;
        Persist(new JobCancelled(Context.System.Scheduler.Now), _ =>
        {
            _cancelled = true;
            var withdrawals = Withdraw();
            var report = Report();
            // Answer once every despooler has taken the order back, so the job shown next reads what was stopped.
            Task.WhenAll(withdrawals).PipeToTracked(Context, replyTo, Self, _ => report, problem => new Rejected($"job {_id} is cancelled, but a despooler did not answer: {problem.Message}"));
        });
    }

    /// <summary>Asks each target site's despooler to drop the order if it has not sent it on yet.</summary>
    private List<Task<object>> Withdraw() =>
        _definition!.Targets.Select(t => _despoolers.Ask<object>(new EntityEnvelope(t.Site, new WithdrawDelivery(_id)), EntityAsk.Timeout)).ToList();

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

    /// <summary>The first outcome reported for a target server of this job is final; repeats and strays are ignored.</summary>
    private void Settle(DeliverySettled settled)
    {
        if (_definition is null || settled.JobId != _id || _outcomes.ContainsKey(settled.Server)) return;
        if (_definition.Targets.FirstOrDefault(t => t.Servers.Contains(settled.Server, StringComparer.OrdinalIgnoreCase)) is not { } target) return;
        Persist(new JobTargetSettled(Context.System.Scheduler.Now, target.Site, settled.Server, settled.Outcome), e => _outcomes.TryAdd(e.Server, e.Outcome));
    }

    private void SendOrders()
    {
        if (_definition is null || _cancelled) return;
        foreach (var target in _definition.Targets.Where(t => !_accepted.Contains(t.Site)))
            _despoolers.Tell(new EntityEnvelope(target.Site, new DispatchDelivery(_definition.OrderFor(target))), Self);
    }

    private void AskOutcomes()
    {
        if (_definition is null) return;
        foreach (var server in _definition.Targets.SelectMany(t => t.Servers).Where(s => !_outcomes.ContainsKey(s)))
            _directories.Tell(new EntityEnvelope(PackageDirectoryShares.EntityId(server, _definition.Package), new GetDeliveryOutcome(_id)), Self);
    }
}
