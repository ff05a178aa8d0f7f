namespace ActorDistribution.Distribution.Caps;

/// <summary>Start the site's inbox manager (it scans at once and clears left locks); answer <see cref="InboxManagerStartResult"/>.</summary>
public sealed record RestartInboxManager(DateTimeOffset DueAt) : StuckLockStep(DueAt);
