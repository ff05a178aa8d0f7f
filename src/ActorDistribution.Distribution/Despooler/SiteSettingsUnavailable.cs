using Akka.Actor;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>The despooler could not load the site settings (unknown site, no answer), so it did not start.</summary>
internal sealed record SiteSettingsUnavailable(string Reason, IActorRef ReplyTo);
