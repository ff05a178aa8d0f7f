namespace ActorDistribution.Distribution.Despooler;

/// <summary>Result of <see cref="CopyPackageFiles"/>: the copy stopped (sharing violation, source missing, disk full...).</summary>
/// <param name="LockedFile">The file a user held open, when that is what stopped the copy.</param>
/// <param name="Holders">The users holding <paramref name="LockedFile"/>.</param>
/// <param name="FilesCopied">Files written before the copy stopped (the directory is partly updated).</param>
public sealed record CopyFailed(
    DateTimeOffset At,
    string Reason,
    string? LockedFile = null,
    IReadOnlyList<string>? Holders = null,
    int FilesCopied = 0) : PackageDirectoryCommand(At);
