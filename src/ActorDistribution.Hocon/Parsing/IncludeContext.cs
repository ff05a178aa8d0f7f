namespace ActorDistribution.Hocon;

/// <summary>What a parse needs to follow includes: the including file's folder, the chain of files (to catch cycles) and where the include sits.</summary>
internal sealed record IncludeContext(string Directory, IReadOnlyList<string> FileChain, IReadOnlyList<string> Prefix)
{
    public static IncludeContext Root(string? file) => new(
        file is null ? System.IO.Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(file))!,
        file is null ? [] : [Path.GetFullPath(file)],
        []);

    /// <summary>Parses the named file relative to this one; null when an optional include is missing.</summary>
    public HoconObject? Include(Token nameToken, bool required, IReadOnlyList<string> at)
    {
        var full = Path.GetFullPath(Path.Combine(Directory, nameToken.Text));

        // The spec lets an include omit the extension; .properties is not supported here.
        var candidates = Path.HasExtension(full) ? [full] : new[] { full, full + ".conf", full + ".json" };
        var found = candidates.FirstOrDefault(File.Exists);
        if (found is null)
        {
            return required
                ? throw HoconException.Found(nameToken.Origin, $"no file '{full}'", "the required include to exist")
                : null;
        }

        if (FileChain.Contains(found))
        {
            throw HoconException.Found(nameToken.Origin, $"an include cycle {string.Join(" -> ", FileChain.Append(found))}", "files that do not include each other");
        }

        var nested = new IncludeContext(Path.GetDirectoryName(found)!, [.. FileChain, found], at);
        return Parser.Parse(File.ReadAllText(found), found, nested);
    }
}
