using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Inboxes;

namespace ActorDistribution.Distribution.InboxManagers;

/// <summary>Something asked of, or reported to, a site's inbox manager.</summary>
public abstract record InboxManagerCommand(DateTimeOffset At);

/// <summary>A CAP joins the site: the manager replicates the site inboxes to it from its next scan. Idempotent.</summary>
public sealed record AttachCap(DateTimeOffset At, string Cap) : InboxManagerCommand(At);

/// <summary>A removed CAP leaves its site: the manager no longer compares it nor offers it to clients.</summary>
public sealed record DetachCap(DateTimeOffset At, string Cap) : InboxManagerCommand(At);

/// <summary>A CAP inbox reports its update over: lock deleted, lock left, or abandoned before locking.</summary>
public sealed record InboxUpdateFinished(DateTimeOffset At, CapInbox Address, bool LockLeft) : InboxManagerCommand(At);

/// <summary>Result of <see cref="CompareInboxes"/>.</summary>
public sealed record InboxesCompared(DateTimeOffset At, IReadOnlyList<InboxChange> Changes) : InboxManagerCommand(At);

/// <summary>Compare the site inboxes with the CAP inboxes now rather than at the next scan interval.</summary>
public sealed record ScanInboxes(DateTimeOffset At) : InboxManagerCommand(At);

/// <summary>Start the component with the settings in effect from now on; it scans at once.</summary>
public sealed record StartInboxManager(DateTimeOffset At, TimeSpan ScanInterval, int DeleteAttempts, TimeSpan DeleteRetrySpacing)
    : InboxManagerCommand(At)
{
    public static StartInboxManager With(DateTimeOffset at, InboxManagerSettings settings)
        => new(at, settings.ScanInterval, settings.DeleteAttempts, settings.DeleteRetrySpacing);
}

public sealed record StopInboxManager(DateTimeOffset At) : InboxManagerCommand(At);

/// <summary>Asks a site's inbox manager for the CAPs of the site (<see cref="SiteCaps"/>), whatever its status.</summary>
public sealed class GetSiteCaps
{
    public static readonly GetSiteCaps Instance = new();

    private GetSiteCaps()
    {
    }
}

/// <summary>The CAPs of a site, in the order they joined it.</summary>
public sealed record SiteCaps(string Site, IReadOnlyList<string> Caps);
