namespace ActorDistribution.Distribution.Requests;

/// <summary><c>site set &lt;code&gt; key=value ...</c>: all or nothing; answers <see cref="SiteView"/>. The despooler keeps its loaded values until paused and continued.</summary>
public sealed record SetSiteSettings(string Code, IReadOnlyList<string> Assignments);
