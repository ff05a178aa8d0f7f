using ActorDistribution.Actors.Time;

namespace ActorDistribution.Actors;

/// <summary>How an actor system runs: its clock, its dispatcher fairness, where it logs.</summary>
public sealed record ActorSystemOptions
{
    /// <summary>The clock and timers of the system; a <see cref="VirtualScheduler"/> for tests and simulation.</summary>
    public IScheduler? Scheduler { get; init; }

    /// <summary>Messages an actor processes before yielding its thread to other actors.</summary>
    public int Throughput { get; init; } = 30;

    /// <summary>Where the kernel and actors log; Serilog's global logger when not set.</summary>
    public Serilog.ILogger? Logger { get; init; }
}
