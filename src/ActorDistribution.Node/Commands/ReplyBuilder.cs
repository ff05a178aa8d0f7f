namespace ActorDistribution.Node.Commands;

/// <summary>Collects the output of one command while it runs.</summary>
public sealed class ReplyBuilder
{
    private readonly List<string> _lines = [];
    private readonly List<ReplyTable> _tables = [];
    private string? _error;

    public void Line(string text) => _lines.Add(text);

    public void Table(ReplyTable table) => _tables.Add(table);

    /// <summary>Records a user-facing error (what was wrong, what is allowed) and returns the exit code 1.</summary>
    public int Fail(string error)
    {
        _error = error;
        return 1;
    }

    public CommandReply Build(int exitCode) => new(_error is null ? exitCode : Math.Max(exitCode, 1), _lines, _tables, _error);
}
