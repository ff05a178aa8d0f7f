namespace ActorDistribution.Distribution.Despooler;

/// <summary>What the despooler was last asked to do with a package directory.</summary>
public enum PackageDirectoryOperation
{
    Install,
    Remove,
}
