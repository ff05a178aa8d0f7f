using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Sites;

/// <summary>The site exists, with its first settings (the HOCON defaults and the response mode given).</summary>
[EventManifest("site.added.v1")]
public sealed record SiteAdded(DateTimeOffset At, string Code, SiteSettings Settings) : IJournalEvent;
