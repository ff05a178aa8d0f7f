using Akka.Actor;

namespace ActorDistribution.Distribution.Gateway;

/// <summary>A package source tree could not be read (missing, empty, unreadable).</summary>
internal sealed record PackageScanFailed(string Reason, IActorRef ReplyTo);
