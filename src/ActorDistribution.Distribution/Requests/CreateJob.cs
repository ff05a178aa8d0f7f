namespace ActorDistribution.Distribution.Requests;

/// <summary>
/// <c>job create &lt;type&gt; --package &lt;id&gt; --target &lt;site,...&gt; [--servers a,b] [--source-site code]</c>; answers <see cref="JobView"/>.
/// Without servers the job reaches every server of each target site; the package version is its current one.
/// </summary>
public sealed record CreateJob(
    string Type,
    string Package,
    IReadOnlyList<string> Targets,
    IReadOnlyList<string>? Servers = null,
    string? SourceSite = null);
