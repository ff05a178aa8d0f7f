namespace ActorDistribution.Distribution.Requests;

/// <summary>
/// <c>component start|stop|pause|continue despooler --site &lt;code&gt;</c>; answers <see cref="ComponentView"/>.
/// Start and continue reload the site settings into the despooler; only the despooler is handled here.
/// </summary>
public sealed record ControlComponent(string Component, string Action, string Site);
