namespace ActorDistribution.Shares.Storage.InMemory;

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
