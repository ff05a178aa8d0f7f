namespace ActorDistribution.Distribution.Requests;

/// <summary><c>package update &lt;id&gt; --source &lt;dir&gt;</c>: the next version; answers <see cref="PackageVersionView"/>.</summary>
public sealed record UpdatePackage(string Id, string Source);
