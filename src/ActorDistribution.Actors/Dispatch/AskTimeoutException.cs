namespace ActorDistribution.Actors.Dispatch;

/// <summary>No reply came to an Ask within its timeout (measured on the system's clock).</summary>
public sealed class AskTimeoutException(string message) : TimeoutException(message);
