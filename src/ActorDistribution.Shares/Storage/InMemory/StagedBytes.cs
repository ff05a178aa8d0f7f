namespace ActorDistribution.Shares.Storage.InMemory;

internal sealed class StagedBytes(byte[] content) : StagedContent
{
    public byte[] Content { get; } = content;
}
