using ActorDistribution.Node.Commands;

namespace ActorDistribution.Shell.Session;

/// <summary>Where the shell's node commands go: a node in this process, or a running node over HTTP.</summary>
public interface INodeConnection : IAsyncDisposable
{
    string Description { get; }

    Task<CommandReply> ExecuteAsync(IReadOnlyList<string> words, CancellationToken cancellationToken = default);
}
