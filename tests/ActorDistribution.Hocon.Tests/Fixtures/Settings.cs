namespace ActorDistribution.Hocon.Tests;

/// <summary>A record shaped like the product's settings, for the binder's tests.</summary>
public sealed record Settings(string Name, Response Response, bool UseForcedDisconnect, IReadOnlyList<string> Inboxes, Retry Retry, int Optional = 7, string? Comment = null);
