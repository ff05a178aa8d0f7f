using ActorDistribution.Distribution.Packages;
using Akka.Actor;

namespace ActorDistribution.Distribution.Gateway;

/// <summary>A package source tree was read (off the actor): its manifest is ready to become a version.</summary>
internal sealed record PackageScanned(string Id, string Source, IReadOnlyList<PackageFile> Files, bool First, IActorRef ReplyTo);

/// <summary>A package source tree could not be read (missing, empty, unreadable).</summary>
internal sealed record PackageScanFailed(string Reason, IActorRef ReplyTo);
