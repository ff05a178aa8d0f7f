namespace ActorDistribution.Distribution.Despooler;

/// <summary>Write the files in order, stopping at the first failure (the directory stays partly updated); read back size and SHA-256 of each; answer <see cref="CopyCompleted"/> or <see cref="CopyFailed"/>.</summary>
public sealed record CopyPackageFiles(string Version, IReadOnlyList<PackageFile> Files) : PackageDirectoryEffect;
