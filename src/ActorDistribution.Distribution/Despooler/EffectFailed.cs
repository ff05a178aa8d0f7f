namespace ActorDistribution.Distribution.Despooler;

/// <summary>A package directory's effect threw (the share host refused a step the escalation cannot reason about); it is retried later.</summary>
internal sealed record EffectFailed(PackageDirectoryEffect Effect, string Reason);
