using System.Collections.Concurrent;
using ActorDistribution.Actors.Actor;
using ActorDistribution.Actors.Time;
using Xunit.Sdk;

namespace ActorDistribution.TestKit;

/// <summary>
/// An actor the test controls: it records what it is sent, and the test asserts on it. Waiting for a
/// message is bounded by <see cref="DefaultTimeout"/> of wall time only as a safety net; "no message"
/// is decided when the system is quiescent, never by sleeping.
/// </summary>
public sealed class TestProbe
{
    private readonly BlockingCollection<ReceivedMessage> _queue = new();
    private readonly ActorSystem _system;

    public TestProbe(ActorSystem system, string? name)
    {
        _system = system;
        // Under /system, so a probe hears the PostStop of /user actors during Terminate.
        Ref = system.SystemActorOf(Props.Create(() => new ProbeActor(_queue)), name);
    }

    public IActorRef Ref { get; }

    /// <summary>The sender of the last message taken by an Expect or Receive call.</summary>
    public IActorRef? LastSender { get; private set; }

    public object? LastMessage { get; private set; }

    /// <summary>Upper bound of wall time to wait for an expected message.</summary>
    public TimeSpan DefaultTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Messages received and not yet taken.</summary>
    public int QueueCount => _queue.Count;

    public void Send(IActorRef target, object message) => target.Tell(message, Ref);

    public void Reply(object message) => (LastSender ?? throw new InvalidOperationException("No message has been received to reply to.")).Tell(message, Ref);

    /// <summary>Passes the last received message to <paramref name="target"/> with its original sender.</summary>
    public void Forward(IActorRef target) => target.Tell(LastMessage ?? throw new InvalidOperationException("No message has been received to forward."), LastSender);

    /// <summary>Watches <paramref name="subject"/>; returns once the watch is registered, so a later stop is seen as such.</summary>
    public IActorRef Watch(IActorRef subject)
    {
        using var done = new ManualResetEventSlim();
        Ref.Tell(new ProbeActor.WatchRequest(subject, done), null);
        if (!done.Wait(DefaultTimeout)) throw new XunitException($"The probe did not register its watch of {subject.Path}.");
        return subject;
    }

    public IActorRef Unwatch(IActorRef subject)
    {
        Ref.Tell(new ProbeActor.UnwatchRequest(subject), null);
        return subject;
    }

    public T ExpectMsg<T>(TimeSpan? timeout = null) => ExpectMsg<T>(_ => true, timeout);

    public T ExpectMsg<T>(Predicate<T> isExpected, TimeSpan? timeout = null, string? hint = null)
    {
        var received = Take(timeout, $"a {typeof(T).Name}{(hint is null ? "" : " " + hint)}");
        if (received.Message is T typed && isExpected(typed)) return typed;
        throw new XunitException($"Expected a {typeof(T).Name}{(hint is null ? "" : " " + hint)} matching the predicate, but received {Describe(received.Message)}.");
    }

    /// <summary>Expects a message equal to <paramref name="expected"/>.</summary>
    public T ExpectMsg<T>(T expected, TimeSpan? timeout = null) where T : notnull
    {
        var received = Take(timeout, Describe(expected));
        if (Equals(received.Message, expected)) return expected;
        throw new XunitException($"Expected {Describe(expected)}, but received {Describe(received.Message)}.");
    }

    /// <summary>Expects the <see cref="Terminated"/> of <paramref name="subject"/> (watch it first).</summary>
    public Terminated ExpectTerminated(IActorRef subject, TimeSpan? timeout = null)
        => ExpectMsg<Terminated>(t => t.ActorRef.Equals(subject), timeout, $"for {subject.Path}");

    /// <summary>
    /// How long <see cref="ExpectNoMsg()"/> waits for the system to settle when work it cannot see the
    /// end of is pending (an awaited handler or a pipe whose task the test itself controls).
    /// </summary>
    public TimeSpan SettleTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Asserts that nothing arrives while the system settles (no clock movement).</summary>
    public void ExpectNoMsg()
    {
        _system.WaitForQuiescence(SettleTimeout);
        if (_queue.TryTake(out var unexpected))
            throw new XunitException($"Expected no message, but received {Describe(unexpected.Message)}.");
    }

    /// <summary>On the virtual clock: advances time by <paramref name="duration"/> and asserts that nothing arrived meanwhile.</summary>
    public void ExpectNoMsg(TimeSpan duration)
    {
        if (_system.Scheduler is VirtualScheduler) VirtualTime.Advance(_system, duration);
        else _system.WaitForQuiescence(duration);
        ExpectNoMsg();
    }

    /// <summary>Skips messages until one satisfies <paramref name="isTarget"/>, and returns it.</summary>
    public object FishForMessage(Predicate<object> isTarget, TimeSpan? timeout = null)
    {
        var deadline = Deadline(timeout);
        while (true)
        {
            var received = Take(deadline.Remaining, "a message the fishing predicate accepts");
            if (isTarget(received.Message)) return received.Message;
        }
    }

    public T FishForMessage<T>(Predicate<T>? isTarget = null, TimeSpan? timeout = null)
        => (T)FishForMessage(m => m is T t && (isTarget is null || isTarget(t)), timeout);

    public IReadOnlyList<object> ReceiveN(int count, TimeSpan? timeout = null)
    {
        var deadline = Deadline(timeout);
        var messages = new List<object>(count);
        for (var i = 0; i < count; i++)
            messages.Add(Take(deadline.Remaining, $"message {i + 1} of {count}").Message);
        return messages;
    }

    private ReceivedMessage Take(TimeSpan? timeout, string expectation)
    {
        var wait = timeout ?? DefaultTimeout;
        if (wait < TimeSpan.Zero) wait = TimeSpan.Zero;
        if (!_queue.TryTake(out var received, wait))
            throw new XunitException($"Timeout ({wait.TotalSeconds:0.###} s) while waiting for {expectation}.");
        LastSender = received.Sender;
        LastMessage = received.Message;
        return received;
    }

    // Elapsed real time here only bounds how long a broken test may hang; behaviour never depends on it.
    private WaitBound Deadline(TimeSpan? timeout) => new(System.Diagnostics.Stopwatch.StartNew(), timeout ?? DefaultTimeout);

    private readonly record struct WaitBound(System.Diagnostics.Stopwatch Watch, TimeSpan Limit)
    {
        public TimeSpan Remaining => Limit - Watch.Elapsed;
    }

    private static string Describe(object? message) => message is null ? "null" : $"{message.GetType().Name} {message}";
}
