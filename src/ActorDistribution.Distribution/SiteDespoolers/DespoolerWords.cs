using System.Diagnostics.CodeAnalysis;

namespace ActorDistribution.Distribution.SiteDespoolers;

/// <summary>The shell's words for <see cref="DespoolerAction"/> and <see cref="DespoolerStatus"/>.</summary>
public static class DespoolerWords
{
    public static IReadOnlyList<string> Actions { get; } = ["start", "stop", "pause", "continue"];

    public static string ToWord(this DespoolerStatus status) => status.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out DespoolerAction action, [NotNullWhen(false)] out string? error)
    {
        foreach (var candidate in Enum.GetValues<DespoolerAction>())
        {
            if (!string.Equals(candidate.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
            action = candidate;
            error = null;
            return true;
        }

        action = default;
        error = $"component action: found '{text}', expected one of {string.Join(", ", Actions)}";
        return false;
    }
}
