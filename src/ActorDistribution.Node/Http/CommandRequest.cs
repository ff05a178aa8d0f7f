namespace ActorDistribution.Node.Http;

/// <summary>The body of <c>POST /api/commands</c>: one command line, as words.</summary>
public sealed record CommandRequest(IReadOnlyList<string> Words);
