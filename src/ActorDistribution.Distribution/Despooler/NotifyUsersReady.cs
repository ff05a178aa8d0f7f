namespace ActorDistribution.Distribution.Despooler;

/// <summary>Send each (previously warned) user <see cref="ForcedDisconnectionMessages.Ready"/>; answer <see cref="UsersNotified"/>.</summary>
public sealed record NotifyUsersReady(IReadOnlyList<string> Users) : PackageDirectoryEffect;
