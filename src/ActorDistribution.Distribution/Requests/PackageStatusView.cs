namespace ActorDistribution.Distribution.Requests;

/// <summary>A package's install status on every distribution server.</summary>
public sealed record PackageStatusView(string Package, IReadOnlyList<ServerStatusView> Servers);
