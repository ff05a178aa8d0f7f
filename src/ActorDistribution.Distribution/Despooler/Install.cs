using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.Sites;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>Install or update the directory with a package version (files already there are overwritten).</summary>
/// <param name="Files">The version's manifest; every copied file is checked against it.</param>
/// <param name="Settings">The target site's settings in effect (as its despooler loaded them).</param>
public sealed record Install(
    DateTimeOffset At,
    string Version,
    IReadOnlyList<PackageFile> Files,
    JobType JobType,
    SiteSettings Settings,
    DespoolerOptions Options) : PackageDirectoryCommand(At);
