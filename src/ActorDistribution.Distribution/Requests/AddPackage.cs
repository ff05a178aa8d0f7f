namespace ActorDistribution.Distribution.Requests;

/// <summary><c>package add &lt;id&gt; --source &lt;dir&gt;</c>: version 1 from a directory tree; answers <see cref="PackageVersionView"/>.</summary>
public sealed record AddPackage(string Id, string Source);
