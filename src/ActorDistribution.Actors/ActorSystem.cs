using ActorDistribution.Actors.Actor;
using ActorDistribution.Actors.Cell;
using ActorDistribution.Actors.Events;
using ActorDistribution.Actors.Time;

namespace ActorDistribution.Actors;

/// <summary>
/// A hierarchy of actors under one root: <c>/user</c> for application actors, <c>/system</c> for the
/// kernel's own. Owns the scheduler (the one clock), the event stream and dead letters.
/// </summary>
public sealed class ActorSystem : IAsyncDisposable, IDisposable
{
    private readonly ActorCell _root;
    private readonly ActorCell _userGuardian;
    private readonly ActorCell _systemGuardian;
    private readonly TaskCompletionSource _terminated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, object> _extensions = new();
    private long _tempNames;

    private ActorSystem(string name, ActorSystemOptions options)
    {
        Name = name;
        Scheduler = options.Scheduler ?? new WallClockScheduler();
        Throughput = options.Throughput > 0 ? options.Throughput : throw new ArgumentOutOfRangeException(nameof(options), "throughput must be positive");
        Log = (options.Logger ?? Serilog.Log.Logger).ForContext("ActorSystem", name);
        DeadLetters = new DeadLetterActorRef(this);

        _root = new ActorCell(this, Props.Create(() => new RootGuardian()), null, ActorPath.Root);
        _userGuardian = ((LocalActorRef)_root.ActorOf(Props.Create(() => new Guardian()), "user")).Cell;
        _systemGuardian = ((LocalActorRef)_root.ActorOf(Props.Create(() => new Guardian()), "system")).Cell;
        _root.Start();
    }

    public static ActorSystem Create(string name, ActorSystemOptions? options = null)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("An actor system needs a name.", nameof(name));
        return new ActorSystem(name, options ?? new ActorSystemOptions());
    }

    public string Name { get; }
    public IScheduler Scheduler { get; }
    public EventStream EventStream { get; } = new();
    public IActorRef DeadLetters { get; }
    public Serilog.ILogger Log { get; }
    public int Throughput { get; }

    /// <summary>Completes when every actor has stopped after <see cref="Terminate"/>.</summary>
    public Task WhenTerminated => _terminated.Task;

    internal BusyCounter BusyCells { get; } = new();

    /// <summary>Registers a system-wide service (e.g. the persistence store) for actors to find by type.</summary>
    public void RegisterExtension<T>(T extension) where T : class => _extensions[typeof(T)] = extension;

    public T? GetExtension<T>() where T : class => _extensions.TryGetValue(typeof(T), out var extension) ? (T)extension : null;

    /// <summary>Creates a top-level actor under <c>/user</c>.</summary>
    public IActorRef ActorOf(Props props, string? name = null) => _userGuardian.ActorOf(props, name);

    /// <summary>Creates a kernel-side actor under <c>/system</c>.</summary>
    public IActorRef SystemActorOf(Props props, string? name = null) => _systemGuardian.ActorOf(props, name);

    public void Stop(IActorRef actor)
    {
        if (actor is LocalActorRef local) local.Cell.RequestStop();
    }

    /// <summary>Stops the application actors (depth-first, PostStop run), then the kernel's, then the root.</summary>
    public Task Terminate()
    {
        _root.Self.Tell(RootGuardian.TerminateSystem.Instance, null);
        return WhenTerminated;
    }

    /// <summary>True when no actor has a message to process or an async handler in progress.</summary>
    public bool IsQuiescent => BusyCells.IsZero;

    /// <summary>Waits until no actor can progress without a new message or timer; false on timeout.</summary>
    public bool WaitForQuiescence(TimeSpan timeout) => BusyCells.WaitForZero(timeout);

    /// <summary>Terminates the system and waits for it (bounded, so a stuck PostStop cannot hang the caller).</summary>
    public void Dispose()
    {
        if (!WhenTerminated.IsCompleted) Terminate().Wait(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        if (!WhenTerminated.IsCompleted) await Terminate().ConfigureAwait(false);
    }

    internal ActorPath TempPath() => ActorPath.Root.Child("temp").Child("$" + Interlocked.Increment(ref _tempNames));

    internal void PublishDeadLetter(object message, IActorRef? sender, IActorRef recipient)
    {
        if (message is DeadLetter) return;
        EventStream.Publish(new DeadLetter(message, sender, recipient));
    }

    internal void OnRootTerminated() => _terminated.TrySetResult();

    public override string ToString() => $"ActorSystem({Name})";

    /// <summary>The parent of /user and /system: on request stops /user first, then itself with /system.</summary>
    private sealed class RootGuardian : ReceiveActor
    {
        public RootGuardian()
        {
            Receive<TerminateSystem>(_ =>
            {
                var user = Context.Child("user");
                if (user.Equals(ActorRefs.Nobody)) Context.Stop(Self);
                else
                {
                    Context.Watch(user);
                    Context.Stop(user);
                }
            });
            Receive<Terminated>(_ => Context.Stop(Self));
        }

        protected internal override Supervision.SupervisorStrategy SupervisorStrategy() => Supervision.SupervisorStrategy.StoppingStrategy;

        public sealed class TerminateSystem
        {
            public static readonly TerminateSystem Instance = new();
        }
    }

    /// <summary>The parent of top-level actors: supervises them with the default strategy, handles nothing itself.</summary>
    private sealed class Guardian : ReceiveActor;
}
