using System.Text.Json.Serialization;

namespace ActorDistribution.Distribution.Jobs;

/// <summary>How one job's delivery to one target server ended: final once recorded, whatever later jobs do to that directory.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TargetOutcomeKind>))]
public enum TargetOutcomeKind
{
    Installed,
    Removed,
    Failed,
    /// <summary>A newer job's delivery replaced this one on the directory before it finished.</summary>
    Superseded,
}

/// <summary>The outcome of one job on one target server.</summary>
/// <param name="Version">The version installed (Installed).</param>
/// <param name="Reason">Why the delivery failed (Failed).</param>
/// <param name="SupersededBy">The job whose delivery replaced this one (Superseded).</param>
public sealed record TargetOutcome(TargetOutcomeKind Kind, string? Version = null, string? Reason = null, string? SupersededBy = null)
{
    /// <summary>The same words as the install status for installed, removed and failed; <c>superseded (by job N)</c> otherwise.</summary>
    [JsonIgnore]
    public string Display => Kind switch
    {
        TargetOutcomeKind.Installed => $"installed ({Version})",
        TargetOutcomeKind.Removed => "removed",
        TargetOutcomeKind.Failed => $"failed ({Reason})",
        TargetOutcomeKind.Superseded => $"superseded (by job {SupersededBy})",
        _ => Kind.ToString(),
    };

    public override string ToString() => Display;
}
