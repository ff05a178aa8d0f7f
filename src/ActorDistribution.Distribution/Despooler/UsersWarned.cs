namespace ActorDistribution.Distribution.Despooler;

/// <summary>Result of <see cref="WarnUsers"/>: the users who were sent the disconnection warning.</summary>
public sealed record UsersWarned(DateTimeOffset At, IReadOnlyList<string> Users) : PackageDirectoryCommand(At);
