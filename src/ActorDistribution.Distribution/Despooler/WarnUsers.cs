namespace ActorDistribution.Distribution.Despooler;

/// <summary>Send each user <see cref="ForcedDisconnectionMessages.Warning"/> with <see cref="Delay"/>; answer <see cref="UsersWarned"/>.</summary>
public sealed record WarnUsers(IReadOnlyList<string> Users, TimeSpan Delay) : PackageDirectoryEffect;
