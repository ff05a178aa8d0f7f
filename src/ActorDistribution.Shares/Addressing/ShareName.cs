namespace ActorDistribution.Shares;

/// <summary>Rules for one name segment (server, share, file or directory), as the original file servers allowed them.</summary>
internal static class ShareName
{
    private static readonly char[] Forbidden = ['<', '>', ':', '"', '|', '?', '*', '/', '\\'];

    /// <summary>Null when <paramref name="name"/> is a usable segment, else why not.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0) return "a name cannot be empty";
        if (name.Trim('.').Length == 0) return $"'{name}' is not a name ('.' and '..' are refused)";
        if (name.IndexOfAny(Forbidden) >= 0) return $"'{name}' contains one of < > : \" | ? * / \\";
        if (name.Any(char.IsControl)) return $"'{name}' contains a control character";
        // Windows silently drops trailing dots and spaces, which would make two names the same file.
        if (name.EndsWith('.') || name.EndsWith(' ')) return $"'{name}' ends with a dot or a space";
        return null;
    }
}
