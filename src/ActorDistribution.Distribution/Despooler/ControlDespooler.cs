namespace ActorDistribution.Distribution.Despooler;

/// <summary>Start, stop, pause or continue a despooler; answers a ComponentView or a Rejected.</summary>
public sealed record ControlDespooler(DespoolerAction Action);
