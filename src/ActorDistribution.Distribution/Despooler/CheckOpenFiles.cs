namespace ActorDistribution.Distribution.Despooler;

/// <summary>List every file held open in the package directory and its subdirectories; answer <see cref="OpenFilesChecked"/>.</summary>
public sealed record CheckOpenFiles : PackageDirectoryEffect;
