namespace ActorDistribution.Distribution.Clients;

/// <summary>Timer: the next offer-processing cycle is due (answer to <see cref="StartCycle"/>).</summary>
public sealed record BeginCycle(DateTimeOffset At) : ClientCommand(At);
