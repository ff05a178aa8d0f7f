using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Clients;

/// <summary>
/// What a client's steps do on the share host, as the client's user. One implementation for the client
/// actors and the simulation driver; each returns the result command for <see cref="Client"/>.
/// </summary>
public static class ClientEffects
{
    /// <summary><see cref="FindCap"/>: connect to each CAP in turn; the first that accepts is chosen.</summary>
    public static CapSearchResult FindReachableCap(IShareHost host, string client, IEnumerable<string> caps, DateTimeOffset now)
    {
        var probes = new List<CapProbe>();
        foreach (var cap in caps)
        {
            var session = host.Connect(client, CapShares.Address(cap));
            probes.Add(new CapProbe(cap, session.IsSuccess));
            if (!session.IsSuccess) continue;
            host.Disconnect(session.Value.Id);
            return new CapSearchResult(now, cap, probes);
        }
        return new CapSearchResult(now, null, probes);
    }

    /// <summary><see cref="CheckLock"/> in scan mode: list the inbox, open nothing.</summary>
    public static LockCheckResult ScanForLock(IShareHost host, CheckLock check, DateTimeOffset now)
    {
        var listing = host.ListDirectory(CapShares.Address(check.Cap), check.Inbox);
        if (!listing.IsSuccess) return new LockCheckResult(now, false, false);
        var found = listing.Value.Any(e => string.Equals(e.Name, check.LockFile, StringComparison.OrdinalIgnoreCase));
        return new LockCheckResult(now, true, found);
    }

    /// <summary>
    /// <see cref="CheckLock"/> in legacy mode: open the lock file in a session of the client's own. When the
    /// open succeeds the handle stays open and <paramref name="session"/> is kept for <see cref="Release"/>.
    /// </summary>
    public static LockCheckResult OpenLock(IShareHost host, string client, CheckLock check, DateTimeOffset now, out SessionId? session)
    {
        session = null;
        var connected = host.Connect(client, CapShares.Address(check.Cap));
        if (!connected.IsSuccess) return new LockCheckResult(now, false, false);
        var opened = host.OpenFile(connected.Value.Id, CapPaths.LockPath(check.Inbox, check.LockFile));
        if (!opened.IsSuccess)
        {
            host.Disconnect(connected.Value.Id);
            return opened.Failure is NotFound ? new LockCheckResult(now, true, false) : new LockCheckResult(now, false, false);
        }
        session = connected.Value.Id;
        return new LockCheckResult(now, true, true, opened.Value.Id.Value);
    }

    /// <summary><see cref="ReleaseLock"/>: handle and session may already be gone after a force-close; that is fine.</summary>
    public static LockReleased Release(IShareHost host, ReleaseLock release, SessionId? session, DateTimeOffset now)
    {
        host.CloseHandle(new HandleId(release.Handle));
        if (session is { } id) host.Disconnect(id);
        return new LockReleased(now);
    }

    /// <summary><see cref="ReadOffers"/>: names in the offer and component inboxes, lock files left out.</summary>
    public static OffersRead ReadOffers(IShareHost host, ReadOffers read, string lockFile, DateTimeOffset now)
        => ReadOffers(host, "", read, lockFile, now, openLock: false, out _);

    /// <summary>
    /// <see cref="ReadOffers"/>, and whether the component inbox holds the lock file. With <paramref name="openLock"/> (a legacy
    /// client that holds no handle on it yet) the client opens that lock file in a session of its own to see that it is there and
    /// keeps it open (<paramref name="session"/>): the open connection on <c>clicomp.box/swdist</c> that keeps the lock from being deleted.
    /// </summary>
    public static OffersRead ReadOffers(IShareHost host, string client, ReadOffers read, string lockFile, DateTimeOffset now, bool openLock, out SessionId? session)
    {
        session = null;
        var offers = Names(host, read.Cap, read.OfferInbox, lockFile);
        var components = host.ListDirectory(CapShares.Address(read.Cap), read.ComponentInbox).TryGetValue(out var entries) ? entries : [];
        var locked = components.Any(e => !e.IsDirectory && string.Equals(e.Name, lockFile, StringComparison.OrdinalIgnoreCase));
        var installers = components.Where(e => !e.IsDirectory && !string.Equals(e.Name, lockFile, StringComparison.OrdinalIgnoreCase)).Select(e => e.Name).ToList();
        long? handle = null;
        if (locked && openLock)
        {
            var connected = host.Connect(client, CapShares.Address(read.Cap));
            if (connected.IsSuccess)
            {
                var opened = host.OpenFile(connected.Value.Id, CapPaths.LockPath(read.ComponentInbox, lockFile));
                if (opened.IsSuccess)
                {
                    session = connected.Value.Id;
                    handle = opened.Value.Id.Value;
                }
                else
                {
                    host.Disconnect(connected.Value.Id);
                    // Deleted between the listing and the open: not locked after all.
                    if (opened.Failure is NotFound) locked = false;
                }
            }
        }
        return new OffersRead(now, offers, installers, locked, handle, Commands(host, read.Cap, read.OfferInbox, offers));
    }

    /// <summary>The command line each offer file carries (a run-command-on-workstation job's); null when none does.</summary>
    private static IReadOnlyDictionary<string, string>? Commands(IShareHost host, string cap, string inbox, IReadOnlyList<string> offers)
    {
        var commands = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var offer in offers)
            if (host.ReadFile(CapShares.Address(cap), CapPaths.LockPath(inbox, offer)).TryGetValue(out var content)
                && JobOffer.CommandIn(content) is { } command)
                commands[offer] = command;
        return commands.Count == 0 ? null : commands;
    }

    private static List<string> Names(IShareHost host, string cap, string inbox, string lockFile)
        => host.ListDirectory(CapShares.Address(cap), inbox).TryGetValue(out var entries)
            ? entries.Where(e => !e.IsDirectory && !string.Equals(e.Name, lockFile, StringComparison.OrdinalIgnoreCase)).Select(e => e.Name).ToList()
            : [];
}

/// <summary>The effect a client actor owes at <see cref="DueAt"/>; it performs it and feeds the named result back.</summary>
public abstract record ClientStep(DateTimeOffset DueAt);

/// <summary>
/// Look for the lock file in the CAP inbox; answer <see cref="LockCheckResult"/>. Scan mode lists the
/// inbox and opens nothing. Legacy mode opens the lock file and keeps the handle (report it); the
/// client then asks for <see cref="ReleaseLock"/> after its hold.
/// </summary>
public sealed record CheckLock(DateTimeOffset DueAt, string Cap, string Inbox, string LockFile, ClientMode Mode) : ClientStep(DueAt);

/// <summary>Connect to the CAPs of the site in turn until one accepts; answer <see cref="CapSearchResult"/>.</summary>
public sealed record FindCap(DateTimeOffset DueAt, string Site) : ClientStep(DueAt);

/// <summary>List the offer inbox and the component inbox on the CAP (opening nothing); answer <see cref="OffersRead"/>.</summary>
public sealed record ReadOffers(DateTimeOffset DueAt, string Cap, string OfferInbox, string ComponentInbox) : ClientStep(DueAt);

/// <summary>Close the legacy client's handle on the lock file (already closed by a force-close is fine); answer <see cref="LockReleased"/>.</summary>
public sealed record ReleaseLock(DateTimeOffset DueAt, long Handle) : ClientStep(DueAt);

/// <summary>At <paramref name="DueAt"/>, send yourself <see cref="BeginCycle"/>.</summary>
public sealed record StartCycle(DateTimeOffset DueAt) : ClientStep(DueAt);
