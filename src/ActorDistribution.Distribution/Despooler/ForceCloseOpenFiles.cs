namespace ActorDistribution.Distribution.Despooler;

/// <summary>
/// Close the handles and sessions of the warned users who still hold a file open in the directory, sending each
/// <see cref="ForcedDisconnectionMessages.ForceClose"/>; answer <see cref="UsersForceClosed"/>. Users never warned
/// (a connected session that opened a file after the warning) are left alone: their file fails the copy, and the
/// next attempt warns them, so nobody is disconnected without z minutes' notice.
/// </summary>
/// <param name="Escalation">Names this escalation, so the closing notice repeated after a restart reaches no one twice.</param>
public sealed record ForceCloseOpenFiles(IReadOnlyList<string> WarnedUsers, string Escalation) : PackageDirectoryEffect;
