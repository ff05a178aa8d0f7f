namespace ActorDistribution.Distribution.Despooler;

/// <summary>Let everyone connect to the package directory again; answer <see cref="AccessRestored"/>.</summary>
public sealed record RestoreAccess : PackageDirectoryEffect;
