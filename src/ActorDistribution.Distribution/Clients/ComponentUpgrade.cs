namespace ActorDistribution.Distribution.Clients;

/// <summary>A software-distribution component version assigned to a client and the installer file it needs from <c>clicomp.box/swdist</c>.</summary>
public sealed record ComponentUpgrade(string Version, string Installer);
