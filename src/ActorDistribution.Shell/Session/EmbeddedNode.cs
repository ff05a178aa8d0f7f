using ActorDistribution.Node;
using ActorDistribution.Node.Commands;

namespace ActorDistribution.Shell.Session;

/// <summary>A node started inside the shell's process, on the embedded SQLite journal.</summary>
public sealed class EmbeddedNode(DistributionNode node) : INodeConnection
{
    public DistributionNode Node { get; } = node;

    public string Description => $"embedded node ({(Node.Settings.VirtualClock ? "virtual" : "wall")} clock)";

    public Task<CommandReply> ExecuteAsync(IReadOnlyList<string> words, CancellationToken cancellationToken = default)
        => Node.Commands.ExecuteAsync(words, cancellationToken, fromEmbeddedShell: true);

    public ValueTask DisposeAsync() => Node.DisposeAsync();
}
