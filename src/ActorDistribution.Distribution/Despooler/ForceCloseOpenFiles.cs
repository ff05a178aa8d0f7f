namespace ActorDistribution.Distribution.Despooler;

/// <summary>Close the handles and sessions of every user still holding a file open in the directory; answer <see cref="UsersForceClosed"/>.</summary>
public sealed record ForceCloseOpenFiles(IReadOnlyList<string> WarnedUsers) : PackageDirectoryEffect;
