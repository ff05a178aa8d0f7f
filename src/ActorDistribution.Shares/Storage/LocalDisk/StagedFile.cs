namespace ActorDistribution.Shares.Storage.LocalDisk;

internal sealed class StagedFile(string temporaryPath) : StagedContent
{
    public string TemporaryPath { get; } = temporaryPath;
}
