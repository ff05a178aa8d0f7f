namespace ActorDistribution.Distribution.Sites;

/// <summary>A site's configured settings (as kept by the site, not necessarily in effect).</summary>
public sealed record SiteSettingsReport(string Code, SiteSettings Settings);
