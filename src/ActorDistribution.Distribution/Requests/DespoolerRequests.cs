namespace ActorDistribution.Distribution.Requests;

/// <summary><c>package add &lt;id&gt; --source &lt;dir&gt;</c>: version 1 from a directory tree; answers <see cref="PackageVersionView"/>.</summary>
public sealed record AddPackage(string Id, string Source);

/// <summary><c>server add &lt;name&gt; --site &lt;code&gt;</c>: a distribution server of a site; answers <see cref="ServerView"/>.</summary>
public sealed record AddServer(string Name, string Site);

/// <summary><c>site add &lt;code&gt; [--response r]</c>: a new site with the HOCON defaults (and this response mode); answers <see cref="SiteView"/>.</summary>
public sealed record AddSite(string Code, string? Response = null);

/// <summary>
/// <c>component start|stop|pause|continue despooler --site &lt;code&gt;</c>; answers <see cref="ComponentView"/>.
/// Start and continue reload the site settings into the despooler; only the despooler is handled here.
/// </summary>
public sealed record ControlComponent(string Component, string Action, string Site);

/// <summary>
/// <c>job create &lt;type&gt; --package &lt;id&gt; --target &lt;site,...&gt; [--servers a,b] [--source-site code]</c>; answers <see cref="JobView"/>.
/// Without servers the job reaches every server of each target site; the package version is its current one.
/// </summary>
public sealed record CreateJob(
    string Type,
    string Package,
    IReadOnlyList<string> Targets,
    IReadOnlyList<string>? Servers = null,
    string? SourceSite = null,
    string? Command = null);

/// <summary><c>job list</c>; answers <see cref="JobList"/>.</summary>
public sealed record ListJobs
{
    public static readonly ListJobs Instance = new();
}

/// <summary><c>status &lt;package&gt;</c>: the install status on every server; answers <see cref="PackageStatusView"/>.</summary>
public sealed record PackageStatus(string Package);

/// <summary><c>site set &lt;code&gt; key=value ...</c>: all or nothing; answers <see cref="SiteView"/>. The despooler keeps its loaded values until paused and continued.</summary>
public sealed record SetSiteSettings(string Code, IReadOnlyList<string> Assignments);

/// <summary><c>job show &lt;id&gt;</c>; answers <see cref="JobView"/>.</summary>
public sealed record ShowJob(string Id);

/// <summary><c>site show &lt;code&gt;</c>: answers <see cref="SiteView"/>.</summary>
public sealed record ShowSite(string Code);

/// <summary><c>package update &lt;id&gt; --source &lt;dir&gt;</c>: the next version; answers <see cref="PackageVersionView"/>.</summary>
public sealed record UpdatePackage(string Id, string Source);

/// <summary>
/// The sites the despooler side's catalog has registered, asked by the inbox side so both sides know the same sites;
/// answers <see cref="KnownSites"/>.
/// </summary>
public sealed record GetKnownSites
{
    public static readonly GetKnownSites Instance = new();
}

/// <summary><c>site list</c>: every site with its settings and despooler; answers <see cref="SiteList"/>.</summary>
public sealed record ListSites
{
    public static readonly ListSites Instance = new();
}

/// <summary><c>server list</c>: every distribution server with its site; answers <see cref="ServerList"/>.</summary>
public sealed record ListServers
{
    public static readonly ListServers Instance = new();
}

/// <summary><c>package list</c>: every package at its current version; answers <see cref="PackageList"/>.</summary>
public sealed record ListPackages
{
    public static readonly ListPackages Instance = new();
}

/// <summary><c>package show &lt;id&gt;</c>: every version of a package with its manifest; answers <see cref="PackageView"/>.</summary>
public sealed record ShowPackage(string Id);

/// <summary>
/// <c>job cancel &lt;id&gt;</c>: a job not yet finished stops dispatching to targets not yet started (their orders still wait
/// at a paused or stopped despooler); deliveries already under way run on. Answers <see cref="JobView"/>, status <c>cancelled</c>.
/// </summary>
public sealed record CancelJob(string Id);

/// <summary>
/// <c>site remove &lt;code&gt;</c>: refused while the site has servers or an unfinished job names it (target or source);
/// answers <see cref="RemovedView"/>. A removed code is not used again. Sent to the inbox gateway, which refuses it first
/// while the site has CAPs or clients and then passes it here, so the shell and the HTTP API keep one rule.
/// </summary>
public sealed record RemoveSite(string Code);

/// <summary>
/// <c>server remove &lt;name&gt;</c>: refused while a package directory is on it (installed, being delivered or failed) or an
/// unfinished job targets it; answers <see cref="RemovedView"/>. A removed name is not used again.
/// </summary>
public sealed record RemoveServer(string Name);

/// <summary>
/// <c>package remove &lt;id&gt;</c>: refused while it is on a server (installed, being delivered or failed) or a job of it has
/// not finished; answers <see cref="RemovedView"/>. A removed id is not used again.
/// </summary>
public sealed record RemovePackage(string Id);

/// <summary>
/// <c>job retry</c>: a finished job with failed targets becomes a new job of the same order for just those servers;
/// answers the new job's <see cref="JobView"/>, or a Rejected (unknown job, or not finished with failed targets).
/// </summary>
public sealed record RetryJob(string Id);
