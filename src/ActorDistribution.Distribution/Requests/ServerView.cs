namespace ActorDistribution.Distribution.Requests;

/// <summary>A distribution server and its site.</summary>
public sealed record ServerView(string Name, string Site);
