using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Sites;

/// <summary>
/// The one rule for site codes on both sides: the shape (checked by the despooler side's <c>site add</c> and by the inbox side
/// on every request naming a site) and the wording for a code the despooler side's catalog does not know.
/// </summary>
public static class SiteCodes
{
    /// <summary>Null when <paramref name="code"/> can be a site code: letters, digits, '_' and '-', usable in the site server's share name.</summary>
    public static string? ShapeProblem(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return "site code: a name is required";
        var trimmed = code.Trim();
        if (trimmed.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '_' && c != '-'))
            return $"site code '{code}' is not allowed: letters, digits, '_' and '-' only";
        return ShareAddress.TryParse($"SITESRV_{trimmed}/SMS_{trimmed}", out _, out var problem) ? null : $"site code '{code}' is not allowed: {problem}";
    }

    /// <summary><c>unknown site 'NOPE'; known sites: CH2, ZRH</c> (or <c>none yet (site add)</c>).</summary>
    public static string Unknown(string? code, IReadOnlyCollection<string> known, string role = "site")
        => $"unknown {role} '{code}'; known sites: {(known.Count == 0 ? "none yet (site add)" : string.Join(", ", known))}";

    /// <summary>The registered spelling of <paramref name="code"/> (codes match case-insensitively), or null.</summary>
    public static string? Find(IEnumerable<string> known, string? code)
        => code is null ? null : known.FirstOrDefault(k => string.Equals(k, code.Trim(), StringComparison.OrdinalIgnoreCase));
}
