using ActorDistribution.Distribution.Sites;

namespace ActorDistribution.Distribution.Requests;

/// <summary>A site: its configured settings, and the settings in effect (as its despooler loaded them; null before it ever started).</summary>
/// <param name="Despooler">The despooler component: running, paused or stopped.</param>
public sealed record SiteView(string Code, SiteSettings Configured, SiteSettings? InEffect, string Despooler);
