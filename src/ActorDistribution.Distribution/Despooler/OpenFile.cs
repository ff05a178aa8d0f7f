namespace ActorDistribution.Distribution.Despooler;

/// <summary>A file of the package directory that a user holds open (path relative to the package directory).</summary>
public sealed record OpenFile(string User, string Path);
