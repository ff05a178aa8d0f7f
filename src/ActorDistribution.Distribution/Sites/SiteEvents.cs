using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Sites;

/// <summary>The site exists, with its first settings (the HOCON defaults and the response mode given).</summary>
[EventManifest("site.added.v1")]
public sealed record SiteAdded(DateTimeOffset At, string Code, SiteSettings Settings) : IJournalEvent;

/// <summary>An administrator changed site settings (<c>site set</c>); the despooler uses them only once paused and continued.</summary>
/// <param name="Changes">The assignments as given, e.g. <c>use-forced-disconnect=1</c>.</param>
/// <param name="Settings">Every setting after the change.</param>
[EventManifest("site.settings-changed.v1")]
public sealed record SiteSettingsChanged(DateTimeOffset At, IReadOnlyList<string> Changes, SiteSettings Settings) : IJournalEvent;
