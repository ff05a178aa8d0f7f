using System.Diagnostics.CodeAnalysis;

namespace ActorDistribution.Distribution.Sites;

/// <summary>How responsive a site's services are; for the despooler it sets the polling and so the retry interval.</summary>
public enum ResponseMode
{
    VeryFast,
    Fast,
    Medium,
    Slow,
}

/// <summary>The shell's and HOCON's words for <see cref="ResponseMode"/>: very-fast, fast, medium, slow.</summary>
public static class ResponseModeNames
{
    public static IReadOnlyList<string> Allowed { get; } = ["very-fast", "fast", "medium", "slow"];

    public static string ToWord(this ResponseMode mode) => mode switch
    {
        ResponseMode.VeryFast => "very-fast",
        ResponseMode.Fast => "fast",
        ResponseMode.Medium => "medium",
        ResponseMode.Slow => "slow",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown response mode"),
    };

    public static bool TryParse(string? text, out ResponseMode mode, [NotNullWhen(false)] out string? error)
    {
        error = null;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "very-fast":
                mode = ResponseMode.VeryFast;
                return true;
            case "fast":
                mode = ResponseMode.Fast;
                return true;
            case "medium":
                mode = ResponseMode.Medium;
                return true;
            case "slow":
                mode = ResponseMode.Slow;
                return true;
            default:
                mode = default;
                error = $"response: found '{text}', expected one of {string.Join(", ", Allowed)}";
                return false;
        }
    }

    public static ResponseMode Parse(string text) =>
        TryParse(text, out var mode, out var error) ? mode : throw new FormatException(error);
}
