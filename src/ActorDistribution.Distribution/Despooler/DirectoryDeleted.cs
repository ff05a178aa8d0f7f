namespace ActorDistribution.Distribution.Despooler;

/// <summary>Result of <see cref="DeletePackageDirectory"/>: the directory is gone.</summary>
public sealed record DirectoryDeleted(DateTimeOffset At) : PackageDirectoryCommand(At);
