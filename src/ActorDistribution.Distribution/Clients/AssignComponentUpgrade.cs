namespace ActorDistribution.Distribution.Clients;

/// <summary>The site assigns a newer software-distribution component; the client installs it from the CAP when it can read there.</summary>
public sealed record AssignComponentUpgrade(DateTimeOffset At, string Version, string Installer) : ClientCommand(At);
