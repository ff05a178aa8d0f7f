using Serilog;
using System.Diagnostics;
using ActorDistribution.Actors.Actor;
using ActorDistribution.Actors.Time;
using Xunit.Sdk;

namespace ActorDistribution.TestKit;

/// <summary>
/// Base class for actor tests: a fresh system on a virtual clock per test (xunit creates one instance
/// per test), a default probe as <see cref="TestActor"/>, and time that moves only by <see cref="Advance"/>.
/// </summary>
public abstract class TestKit : IDisposable
{
    private readonly TestProbe _testProbe;

    protected TestKit(string? systemName = null, ActorSystemOptions? options = null)
    {
        Clock = new VirtualScheduler();
        options ??= new ActorSystemOptions();
        if (options.Logger is null && Environment.GetEnvironmentVariable("ACTORDISTRIBUTION_TEST_LOG") == "1")
            options = options with { Logger = new LoggerConfiguration().MinimumLevel.Debug().WriteTo.Console().CreateLogger() };
        Sys = ActorSystem.Create(systemName ?? "test", options with { Scheduler = Clock });
        _testProbe = CreateTestProbe("testActor");
    }

    public ActorSystem Sys { get; }
    public VirtualScheduler Clock { get; }
    public IActorRef TestActor => _testProbe.Ref;
    public TestProbe Probe => _testProbe;

    public TestProbe CreateTestProbe(string? name = null) => new(Sys, name);

    /// <summary>Moves virtual time forward, firing due timers in order and letting actors settle after each.</summary>
    public void Advance(TimeSpan by) => VirtualTime.Advance(Sys, by);

    public T ExpectMsg<T>(TimeSpan? timeout = null) => _testProbe.ExpectMsg<T>(timeout);
    public T ExpectMsg<T>(Predicate<T> isExpected, TimeSpan? timeout = null) => _testProbe.ExpectMsg<T>(isExpected, timeout);
    public T ExpectMsg<T>(T expected, TimeSpan? timeout = null) where T : notnull => _testProbe.ExpectMsg(expected, timeout);
    public void ExpectNoMsg() => _testProbe.ExpectNoMsg();
    public void ExpectNoMsg(TimeSpan duration) => _testProbe.ExpectNoMsg(duration);
    public Terminated ExpectTerminated(IActorRef subject, TimeSpan? timeout = null) => _testProbe.ExpectTerminated(subject, timeout);
    public object FishForMessage(Predicate<object> isTarget, TimeSpan? timeout = null) => _testProbe.FishForMessage(isTarget, timeout);
    public IReadOnlyList<object> ReceiveN(int count, TimeSpan? timeout = null) => _testProbe.ReceiveN(count, timeout);
    public IActorRef Watch(IActorRef subject) => _testProbe.Watch(subject);
    public IActorRef Unwatch(IActorRef subject) => _testProbe.Unwatch(subject);
    public IActorRef LastSender => _testProbe.LastSender ?? throw new InvalidOperationException("No message received yet.");

    /// <summary>Runs <paramref name="action"/> and asserts it took at most <paramref name="max"/> of virtual time.</summary>
    public T Within<T>(TimeSpan max, Func<T> action) => Within(TimeSpan.Zero, max, action);

    public T Within<T>(TimeSpan min, TimeSpan max, Func<T> action)
    {
        var start = Clock.UtcNow;
        var result = action();
        var elapsed = Clock.UtcNow - start;
        if (elapsed < min || elapsed > max)
            throw new XunitException($"Expected the block to take between {min} and {max} of virtual time, but it took {elapsed}.");
        return result;
    }

    public void Within(TimeSpan max, Action action) => Within(max, () => { action(); return 0; });

    /// <summary>Retries <paramref name="assertion"/> while actors still have work, until it holds or the wall-time bound passes.</summary>
    public void AwaitAssert(Action assertion, TimeSpan? max = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var limit = max ?? TimeSpan.FromSeconds(10);
        while (true)
        {
            try
            {
                assertion();
                return;
            }
            catch (Exception) when (stopwatch.Elapsed < limit)
            {
                // Quiescence first; a short pause then covers work the kernel does not track (e.g. plain tasks).
                Sys.WaitForQuiescence(limit - stopwatch.Elapsed);
                Thread.Yield();
                SpinWait.SpinUntil(() => false, 5);
            }
        }
    }

    public void AwaitCondition(Func<bool> condition, TimeSpan? max = null, string? message = null)
        => AwaitAssert(() =>
        {
            if (!condition()) throw new XunitException(message ?? "The awaited condition did not become true.");
        }, max);

    public virtual void Dispose()
    {
        GC.SuppressFinalize(this);
        if (!Sys.Terminate().Wait(TimeSpan.FromSeconds(10)))
            throw new XunitException($"Actor system {Sys.Name} did not terminate within 10 s.");
    }
}
