using System.Diagnostics.CodeAnalysis;

namespace ActorDistribution.Distribution.Sites;

/// <summary>Applies the <c>key=value</c> words of <c>site set</c> in order, all or nothing.</summary>
public static class SiteAssignments
{
    public static bool TryApply(
        SiteSettings current, IReadOnlyList<string> assignments,
        [NotNullWhen(true)] out SiteSettings? updated, [NotNullWhen(false)] out string? error)
    {
        updated = null;
        if (assignments.Count == 0)
        {
            error = $"no setting given, expected key=value with a key among {string.Join(", ", SiteSettingValues.Keys)}";
            return false;
        }

        var settings = current;
        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=');
            if (equals <= 0)
            {
                error = $"'{assignment}' is not key=value; keys: {string.Join(", ", SiteSettingValues.Keys)}";
                return false;
            }

            if (!SiteSettingValues.TryApply(settings, assignment[..equals], assignment[(equals + 1)..], out var next, out error)) return false;
            settings = next;
        }

        updated = settings;
        error = null;
        return true;
    }
}
