namespace ActorDistribution.Distribution.Requests;

/// <summary><c>status &lt;package&gt;</c>: the install status on every server; answers <see cref="PackageStatusView"/>.</summary>
public sealed record PackageStatus(string Package);
