namespace ActorDistribution.Shares.Storage.InMemory;

/// <summary>A file or directory in an in-memory share tree, carrying the spelling of its name.</summary>
internal abstract class MemoryNode(string name)
{
    public string Name { get; } = name;
}

/// <summary>A directory of an in-memory share; children are found case-insensitively.</summary>
internal sealed class MemoryDirectory(string name) : MemoryNode(name)
{
    public Dictionary<string, MemoryNode> Children { get; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// An in-memory file. Immutable: a write replaces the node, so a reader streaming the old contents
/// keeps a consistent copy, and the hash is computed once per write.
/// </summary>
internal sealed class MemoryFile(string name, byte[] content, DateTimeOffset lastWritten) : MemoryNode(name)
{
    public byte[] Content { get; } = content;

    public string Sha256 { get; } = ContentHash.Of(content);

    public DateTimeOffset LastWritten { get; } = lastWritten;
}

internal sealed class StagedBytes(byte[] content) : StagedContent
{
    public byte[] Content { get; } = content;
}
