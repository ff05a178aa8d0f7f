namespace ActorDistribution.Distribution.Despooler;

/// <summary>Refuse new sessions to the package directory for everyone but the service account; answer <see cref="AccessRevoked"/>.</summary>
public sealed record RevokeAccess : PackageDirectoryEffect;
