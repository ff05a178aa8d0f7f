namespace ActorDistribution.Shares.Storage.InMemory;

/// <summary>A file or directory in an in-memory share tree, carrying the spelling of its name.</summary>
internal abstract class MemoryNode(string name)
{
    public string Name { get; } = name;
}
