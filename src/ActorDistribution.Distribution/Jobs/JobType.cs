using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace ActorDistribution.Distribution.Jobs;

/// <summary>What a job orders; stored by name in events so the journal reads plainly and survives reordering.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<JobType>))]
public enum JobType
{
    RunCommandOnWorkstation,
    SharePackageOnServer,
    RemovePackageFromServer,
    System,
}

/// <summary>The shell's words for <see cref="JobType"/>, and which types forced delivery may act on.</summary>
public static class JobTypes
{
    public static IReadOnlyList<string> Allowed { get; } =
        ["run-command-on-workstation", "share-package-on-server", "remove-package-from-server", "system"];

    /// <summary>Forced delivery serves jobs that put a package in place; removals and system jobs never force users off.</summary>
    public static bool AllowsForcedDelivery(this JobType type) =>
        type is JobType.RunCommandOnWorkstation or JobType.SharePackageOnServer;

    public static string ToWord(this JobType type) => type switch
    {
        JobType.RunCommandOnWorkstation => "run-command-on-workstation",
        JobType.SharePackageOnServer => "share-package-on-server",
        JobType.RemovePackageFromServer => "remove-package-from-server",
        JobType.System => "system",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown job type"),
    };

    public static bool TryParse(string? text, out JobType type, [NotNullWhen(false)] out string? error)
    {
        foreach (var candidate in Enum.GetValues<JobType>())
        {
            if (!string.Equals(candidate.ToWord(), text?.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
            type = candidate;
            error = null;
            return true;
        }

        type = default;
        error = $"job type: found '{text}', expected one of {string.Join(", ", Allowed)}";
        return false;
    }
}
