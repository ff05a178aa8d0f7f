using Akka.Actor;

namespace ActorDistribution.Distribution.Caps;

/// <summary>The CAP's share and inbox folders exist (null <paramref name="Failure"/>); <paramref name="ReplyTo"/> asked for them, if anyone.</summary>
internal sealed record CapSharePrepared(IActorRef? ReplyTo, string? Failure);
