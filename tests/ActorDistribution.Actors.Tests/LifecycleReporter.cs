using ActorDistribution.Actors.Actor;

namespace ActorDistribution.Actors.Tests;

/// <summary>Tells a probe about each lifecycle hook, keeps a counter (to see restarts), and fails on demand.</summary>
public sealed class LifecycleReporter : ReceiveActor
{
    private readonly IActorRef _probe;
    private readonly string _name;
    private int _count;

    public LifecycleReporter(IActorRef probe, string name)
    {
        _probe = probe;
        _name = name;
        Receive<string>(s => s == "count", _ => Sender.Tell(++_count, Self));
        Receive<Exception>(ex => throw ex);
        Receive<SpawnChild>(c => Context.ActorOf(Props.Create(() => new LifecycleReporter(_probe, c.Name)), c.Name));
    }

    protected internal override void PreStart() => _probe.Tell($"{_name}:pre-start", null);
    protected internal override void PostStop() => _probe.Tell($"{_name}:post-stop", null);

    protected internal override void PreRestart(Exception reason, object? message)
    {
        _probe.Tell($"{_name}:pre-restart:{reason.Message}", null);
        base.PreRestart(reason, message);
    }

    protected internal override void PostRestart(Exception reason)
    {
        _probe.Tell($"{_name}:post-restart", null);
        base.PostRestart(reason);
    }

    public sealed record SpawnChild(string Name);
}
