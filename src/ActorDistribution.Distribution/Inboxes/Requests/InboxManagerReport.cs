using ActorDistribution.Distribution.Inboxes;

namespace ActorDistribution.Distribution.Inboxes.Requests;

/// <summary>A site's inbox manager: status, next scan, its CAPs, the CAP inboxes it writes now, and the delete settings loaded at start.</summary>
public sealed record InboxManagerReport(
    string Site,
    InboxManagerStatus Status,
    DateTimeOffset? NextScanAt,
    IReadOnlyList<string> Caps,
    IReadOnlyList<string> Writing,
    int DeleteAttempts,
    TimeSpan DeleteRetrySpacing);
