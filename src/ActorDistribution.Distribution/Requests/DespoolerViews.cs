using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.Packages;
using ActorDistribution.Distribution.Sites;

namespace ActorDistribution.Distribution.Requests;

/// <summary>A site component after a control request: its status (running, paused, stopped) and the settings it runs by.</summary>
/// <param name="Waiting">Deliveries queued while the component is paused or stopped.</param>
public sealed record ComponentView(string Component, string Site, string Status, SiteSettings? InEffect, int Waiting);

/// <summary>Every job, oldest first.</summary>
public sealed record JobList(IReadOnlyList<JobView> Jobs);

/// <summary>
/// One target server of a job: this job's own outcome there once reached (installed (v), removed, failed (reason),
/// superseded (by job N)), else the live install status while the directory runs this job's delivery, else pending.
/// </summary>
public sealed record JobTargetView(string Site, string Server, string Status);

/// <summary>A job with the status of each target server and the overall status (pending, in-progress, completed, failed, superseded).</summary>
/// <param name="Version">The package version the job distributes (null for a removal).</param>
/// <param name="OfferInboxes">Where a run-command-on-workstation job dropped its offer file, per target site.</param>
public sealed record JobView(
    string Id,
    string Type,
    string Package,
    string? Version,
    string? SourceSite,
    IReadOnlyList<JobTargetView> Targets,
    string Status,
    IReadOnlyList<string> OfferInboxes,
    string? Command = null);

/// <summary>A package's install status on every distribution server.</summary>
public sealed record PackageStatusView(string Package, IReadOnlyList<ServerStatusView> Servers);

/// <summary>One version of a package: where its files are read from at copy time, and its manifest (relative path, size, SHA-256).</summary>
public sealed record PackageVersionView(string Package, string Version, string Source, IReadOnlyList<PackageFile> Files);

/// <summary>
/// The install status of a package on one server: pending, installing, retrying (retry k of y, next at T[, forced
/// copy at T'][, partly updated: c of n files copied]) or retrying (y of y retries done, forcing at T, ...), access-revoked,
/// warning-sent (closes at T), force-disconnecting, copying, installed (version), failed (reason), removing,
/// removed; <c>none</c> when the package was never sent to that server.
/// </summary>
/// <param name="Detail">The status's parts (retry k of y, next attempt, closes at), for a console; null for <c>none</c>.</param>
/// <param name="Escalation">The escalation under way, if any.</param>
public sealed record ServerStatusView(string Server, string Site, string Status, InstallStatus? Detail = null, EscalationProgress? Escalation = null);

/// <summary>A distribution server and its site.</summary>
public sealed record ServerView(string Name, string Site);

/// <summary>A site: its configured settings, and the settings in effect (as its despooler loaded them; null before it ever started).</summary>
/// <param name="Despooler">The despooler component: running, paused or stopped.</param>
public sealed record SiteView(string Code, SiteSettings Configured, SiteSettings? InEffect, string Despooler);

/// <summary>The answer to <see cref="GetKnownSites"/>: every registered site code in its registered spelling.</summary>
public sealed record KnownSites(IReadOnlyList<string> Codes);

/// <summary>Every site, in the order they were added.</summary>
public sealed record SiteList(IReadOnlyList<SiteView> Sites);

/// <summary>Every distribution server, in the order they were added.</summary>
public sealed record ServerList(IReadOnlyList<ServerView> Servers);

/// <summary>Every package at its current version, in the order they were added.</summary>
public sealed record PackageList(IReadOnlyList<PackageVersionView> Packages);

/// <summary>A package with all its versions, oldest first (the last is the current one).</summary>
public sealed record PackageView(string Package, IReadOnlyList<PackageVersionView> Versions);

/// <summary>The answer to <see cref="RemoveSite"/>, <see cref="RemoveServer"/> or <see cref="RemovePackage"/>: what (site, server, package) was removed.</summary>
public sealed record RemovedView(string Kind, string Name);
