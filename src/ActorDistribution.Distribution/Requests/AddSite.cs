namespace ActorDistribution.Distribution.Requests;

/// <summary><c>site add &lt;code&gt; [--response r]</c>: a new site with the HOCON defaults (and this response mode); answers <see cref="SiteView"/>.</summary>
public sealed record AddSite(string Code, string? Response = null);
