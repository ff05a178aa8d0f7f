namespace ActorDistribution.Distribution.Despooler;

/// <summary>The despooler component of a site, as a service on the site server: new deliveries run only while it runs.</summary>
public enum DespoolerStatus
{
    Stopped,
    Running,
    Paused,
}
