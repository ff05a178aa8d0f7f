namespace ActorDistribution.Shares;

/// <summary>
/// A canonical path relative to a share root: segments joined by '/', no '.', no '..', never absolute.
/// The empty path is the share root. Compared case-insensitively.
/// </summary>
public sealed class SharePath : IEquatable<SharePath>
{
    public static readonly SharePath Root = new([]);

    private SharePath(string[] segments)
    {
        Segments = segments;
        Value = string.Join('/', segments);
    }

    public IReadOnlyList<string> Segments { get; }

    /// <summary>The canonical text: <c>clicomp.box/swdist/inboxlck.tok</c>; empty for the root.</summary>
    public string Value { get; }

    public bool IsRoot => Segments.Count == 0;

    public string Name => IsRoot ? "" : Segments[^1];

    public SharePath Parent => IsRoot ? this : new SharePath(Segments.Take(Segments.Count - 1).ToArray());

    /// <summary>
    /// Canonicalises user or consumer input. Accepts '/' and '\' as separators and drops '.' and empty
    /// segments; refuses '..', absolute and drive paths, and names the original servers would not hold.
    /// </summary>
    public static ShareResult<SharePath> Parse(string? text)
    {
        if (text is null) return new InvalidPath("", "a path is required");
        if (text.StartsWith('/') || text.StartsWith('\\'))
            return new InvalidPath(text, "absolute paths are refused; give a path relative to the share");
        if (text.Length >= 2 && char.IsAsciiLetter(text[0]) && text[1] == ':')
            return new InvalidPath(text, "drive paths are refused; give a path relative to the share");

        var segments = new List<string>();
        foreach (var segment in text.Split('/', '\\'))
        {
            if (segment.Length == 0 || segment == ".") continue;
            if (segment == "..") return new InvalidPath(text, "'..' is refused; paths cannot leave the share");
            var problem = ShareName.Problem(segment);
            if (problem is not null) return new InvalidPath(text, problem);
            segments.Add(segment);
        }
        return ShareResult.Success(new SharePath(segments.ToArray()));
    }

    /// <summary>Like <see cref="Parse"/> but the root is refused, since a file needs a name.</summary>
    public static ShareResult<SharePath> ParseFile(string? text)
    {
        var parsed = Parse(text);
        if (parsed.IsSuccess && parsed.Value.IsRoot) return new InvalidPath(text ?? "", "a file path cannot be empty");
        return parsed;
    }

    public SharePath Append(string name) => new([.. Segments, name]);

    /// <summary>True when this path is <paramref name="subtree"/> or lies below it.</summary>
    public bool IsWithin(SharePath subtree)
    {
        if (subtree.Segments.Count > Segments.Count) return false;
        for (var i = 0; i < subtree.Segments.Count; i++)
            if (!string.Equals(Segments[i], subtree.Segments[i], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    /// <summary>The directories between the root and this path (both excluded), outermost first.</summary>
    public IEnumerable<SharePath> Ancestors()
    {
        for (var length = 1; length < Segments.Count; length++)
            yield return new SharePath(Segments.Take(length).ToArray());
    }

    public bool Equals(SharePath? other)
        => other is not null && string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => Equals(obj as SharePath);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    public override string ToString() => Value;
}
