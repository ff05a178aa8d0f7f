using ActorDistribution.Distribution.Sites;

namespace ActorDistribution.Distribution.Despooler;

/// <summary>Delete the package directory (a remove-package-from-server job); retries on locked files, never forces.</summary>
public sealed record Remove(DateTimeOffset At, SiteSettings Settings, DespoolerOptions Options) : PackageDirectoryCommand(At);
