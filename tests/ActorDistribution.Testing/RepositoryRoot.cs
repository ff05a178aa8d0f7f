namespace ActorDistribution.Testing;

/// <summary>
/// Finds the checkout a test runs from, by walking up from the test binaries to the solution file
/// (source paths are not usable: deterministic CI builds map them to <c>/_/</c>).
/// </summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ActorDistribution.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No ActorDistribution.sln above {AppContext.BaseDirectory}.");
    }
}
