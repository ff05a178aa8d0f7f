namespace ActorDistribution.Shares.Storage.InMemory;

/// <summary>A directory of an in-memory share; children are found case-insensitively.</summary>
internal sealed class MemoryDirectory(string name) : MemoryNode(name)
{
    public Dictionary<string, MemoryNode> Children { get; } = new(StringComparer.OrdinalIgnoreCase);
}
