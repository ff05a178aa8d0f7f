namespace ActorDistribution.Distribution.Despooler;

/// <summary>Delete the package directory's files, stopping at the first locked one; answer <see cref="DirectoryDeleted"/> or <see cref="DeleteFailed"/>.</summary>
public sealed record DeletePackageDirectory : PackageDirectoryEffect;
