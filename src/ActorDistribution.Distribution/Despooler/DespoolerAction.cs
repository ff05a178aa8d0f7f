namespace ActorDistribution.Distribution.Despooler;

/// <summary>What <c>component start|stop|pause|continue</c> asks of a despooler.</summary>
public enum DespoolerAction
{
    Start,
    Stop,
    Pause,
    Continue,
}
