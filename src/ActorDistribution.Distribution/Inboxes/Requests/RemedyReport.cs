using ActorDistribution.Distribution.Caps;

namespace ActorDistribution.Distribution.Inboxes.Requests;

/// <summary>The stuck-lock supervisor of a site: its step, the round, the stuck locks, the CAPs closed this round, when its next step is due, and its alarm.</summary>
public sealed record RemedyReport(
    string Site,
    RemedyStep Step,
    int Round,
    IReadOnlyList<string> Locks,
    IReadOnlyList<string> ClosedCaps,
    DateTimeOffset? NextStepAt,
    string? Alarm);
