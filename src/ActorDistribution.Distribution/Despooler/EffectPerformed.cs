namespace ActorDistribution.Distribution.Despooler;

/// <summary>A package directory's effect ended; <see cref="Result"/> is the command it answers.</summary>
internal sealed record EffectPerformed(PackageDirectoryCommand Result);
