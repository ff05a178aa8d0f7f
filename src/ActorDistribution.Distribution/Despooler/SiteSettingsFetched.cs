using ActorDistribution.Distribution.Sites;
using Akka.Actor;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>The site answered the despooler's question for its settings, during a start or continue.</summary>
internal sealed record SiteSettingsFetched(DespoolerAction Action, SiteSettings Settings, IActorRef ReplyTo);
