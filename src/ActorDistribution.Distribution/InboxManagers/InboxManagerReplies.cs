namespace ActorDistribution.Distribution.InboxManagers;

/// <summary>The CAPs of a site, in the order they joined it.</summary>
public sealed record SiteCaps(string Site, IReadOnlyList<string> Caps);
