namespace ActorDistribution.Shares.Storage;

/// <summary>File contents copied aside by <see cref="IShareStorage.StageAsync"/>, waiting to be committed; each storage knows its own kind.</summary>
internal abstract class StagedContent;
