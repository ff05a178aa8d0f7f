namespace ActorDistribution.Distribution.Despooler;

/// <summary>Send each (previously warned) user <see cref="ForcedDisconnectionMessages.Ready"/>; answer <see cref="UsersNotified"/>.</summary>
/// <param name="Escalation">Names this escalation, so a notice repeated after a restart reaches no one twice.</param>
public sealed record NotifyUsersReady(IReadOnlyList<string> Users, string Escalation) : PackageDirectoryEffect;
