namespace ActorDistribution.Persistence.Actor;

/// <summary>Events waiting to be written (one atomic write) with the handler to run after, or a deferred handler (nothing written).</summary>
internal sealed record PendingInvocation(IReadOnlyList<object> Events, Action<object> Handler, bool Deferred);
