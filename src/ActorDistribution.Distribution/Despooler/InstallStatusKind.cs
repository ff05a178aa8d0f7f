namespace ActorDistribution.Distribution.Despooler;

/// <summary>The install status of a package on a server, as the shell's <c>status</c> shows it.</summary>
public enum InstallStatusKind
{
    Pending,
    Installing,
    Retrying,
    AccessRevoked,
    WarningSent,
    ForceDisconnecting,
    Copying,
    Installed,
    Failed,
    Removing,
    Removed,
}
