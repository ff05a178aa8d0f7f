namespace ActorDistribution.Distribution.Inboxes.Requests;

/// <summary>The CAP is registered: where it lives (<c>SERVER/SHARE</c>) and the inbox folders made there.</summary>
public sealed record CapAccepted(string Name, string Site, string Location, IReadOnlyList<string> Inboxes);
