namespace ActorDistribution.Distribution.Requests;

/// <summary><c>site show &lt;code&gt;</c>: answers <see cref="SiteView"/>.</summary>
public sealed record ShowSite(string Code);
