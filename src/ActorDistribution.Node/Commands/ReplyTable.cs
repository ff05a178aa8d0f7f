namespace ActorDistribution.Node.Commands;

/// <summary>A table in a command's answer; the shell draws it, the HTTP API sends it as JSON.</summary>
public sealed record ReplyTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
