namespace ActorDistribution.Distribution.Despooler;

/// <summary>Send each user <see cref="ForcedDisconnectionMessages.Warning"/> with <see cref="Delay"/>; answer <see cref="UsersWarned"/>.</summary>
/// <param name="Escalation">Names this escalation, so a warning repeated after a restart reaches no one twice.</param>
public sealed record WarnUsers(IReadOnlyList<string> Users, TimeSpan Delay, string Escalation) : PackageDirectoryEffect;
