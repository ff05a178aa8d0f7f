namespace ActorDistribution.Distribution.Despooler;

/// <summary>Result of <see cref="CopyPackageFiles"/>: every file was written.</summary>
/// <param name="Written">Size and SHA-256 of each file as read back from the share, for the check against the manifest.</param>
public sealed record CopyCompleted(DateTimeOffset At, string Version, IReadOnlyList<PackageFile> Written) : PackageDirectoryCommand(At);
