namespace ActorDistribution.Distribution.Sites;

/// <summary>Asks a site for its configured settings: <see cref="SiteSettingsReport"/>, or a Rejected when the site was never added.</summary>
public sealed record GetSiteSettings
{
    public static readonly GetSiteSettings Instance = new();
}

/// <summary>A site's configured settings (as kept by the site, not necessarily in effect).</summary>
public sealed record SiteSettingsReport(string Code, SiteSettings Settings);
