namespace ActorDistribution.Hocon;

/// <summary>What a parse needs to follow includes: the including file's folder and the chain of files (to catch include cycles).</summary>
internal sealed record IncludeContext(string Directory, IReadOnlyList<string> FileChain, IReadOnlyList<string> Prefix)
{
    public static IncludeContext Root(string? file) => new(
        file is null ? System.IO.Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(file))!,
        file is null ? [] : [Path.GetFullPath(file)],
        []);
}
