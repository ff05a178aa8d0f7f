using ActorDistribution.Distribution.Sites;
using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>The despooler started or continued and loaded the site settings: from now on they are the settings in effect.</summary>
[EventManifest("despooler.settings-loaded.v1")]
public sealed record SettingsLoaded(DateTimeOffset At, DespoolerAction Action, SiteSettings Settings) : DespoolerEvent(At);
