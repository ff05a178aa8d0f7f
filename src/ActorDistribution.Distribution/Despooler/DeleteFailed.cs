namespace ActorDistribution.Distribution.Despooler;

/// <summary>Result of <see cref="DeletePackageDirectory"/>: the delete stopped, usually at a file a user holds open.</summary>
public sealed record DeleteFailed(
    DateTimeOffset At,
    string Reason,
    string? LockedFile = null,
    IReadOnlyList<string>? Holders = null) : PackageDirectoryCommand(At);
