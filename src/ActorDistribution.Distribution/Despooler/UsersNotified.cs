namespace ActorDistribution.Distribution.Despooler;

/// <summary>Result of <see cref="NotifyUsersReady"/>: the users who were told the directory is ready again.</summary>
public sealed record UsersNotified(DateTimeOffset At, IReadOnlyList<string> Users) : PackageDirectoryCommand(At);
