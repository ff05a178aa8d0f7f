namespace ActorDistribution.Distribution.Inboxes.Requests;

public sealed record CapFilesForceClosed(string Cap, string Subtree, IReadOnlyList<string> Users, int ClosedHandles);
