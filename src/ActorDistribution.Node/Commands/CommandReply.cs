namespace ActorDistribution.Node.Commands;

/// <summary>What a node command answers: an exit code, lines of text, tables, and the error text when it failed.</summary>
public sealed record CommandReply(int ExitCode, IReadOnlyList<string> Lines, IReadOnlyList<ReplyTable> Tables, string? Error)
{
    public bool Succeeded => ExitCode == 0;

    public static CommandReply Failure(string error) => new(1, [], [], error);
}
