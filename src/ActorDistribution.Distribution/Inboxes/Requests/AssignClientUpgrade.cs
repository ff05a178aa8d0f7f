namespace ActorDistribution.Distribution.Inboxes.Requests;

/// <summary>
/// Assign a software-distribution component version to a client; it installs it from the CAP's
/// <c>clicomp.box/swdist</c> once it finds <paramref name="Installer"/> there with no lock. Answers <see cref="ClientReport"/>.
/// </summary>
public sealed record AssignClientUpgrade(string Name, string Version, string Installer);
