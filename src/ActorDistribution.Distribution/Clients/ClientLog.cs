using System.Globalization;
using ActorDistribution.Distribution.Caps;

namespace ActorDistribution.Distribution.Clients;

/// <summary>
/// Renders a client's events as the client's own log lines (our wording). Rendering from events is
/// what lets <c>client log</c> be rebuilt from the journal alone.
/// </summary>
public static class ClientLog
{
    /// <param name="after">The client's state after the event, for names the event does not carry.</param>
    public static IReadOnlyList<string> Lines(ClientState after, ClientEvent @event)
    {
        var lines = @event switch
        {
            ClientRegistered e => [$"agent installed for site {e.Site}; lock detection {Mode(e.Mode)}, lock re-check every {Ms(e.LockRetryInterval)}, at most {e.LockRetries} re-checks"],
            ClientCycleStarted e => [$"cycle {e.Cycle}: looking for a reachable CAP of site {after.Site}"],
            CapChosen e => [.. Probes(e.Probes), $"offer inbox set to {CapPaths.Unc(e.Cap, after.OfferInbox)}"],
            NoCapReachable e => [.. Probes(e.Probes), $"no CAP of site {after.Site} reachable; no offers this cycle; next cycle at {Time(e.NextCycleAt)}"],
            LockFileOpened e => [$"opened {e.Path} to test for it (handle {e.Handle})"],
            LockFileReleased e => [$"closed handle {e.Handle} on {e.Path}"],
            LockChecked e => [Check(after, e)],
            OfferInboxAbandoned e =>
            [
                $"gave up on {e.Path} after {e.Checks} checks over {Span(e.Waited)}: offer inbox locked or unreachable",
                "found no reachable, unlocked CAP offer inbox; offers left unprocessed this cycle",
            ],
            OffersProcessed e =>
            [
                $"processed {e.Offers.Count} new offer(s) from {e.Path}: {string.Join(", ", e.Offers)}",
                .. e.Offers.Where(o => e.Commands?.ContainsKey(o) == true).Select(o => $"offer {o}: runs the command line \"{e.Commands![o]}\""),
            ],
            ComponentUpgradePending e => [$"software distribution component {e.Version} assigned: install pending"],
            ComponentInboxLocked { Handle: { } handle } e => [$"opened {e.Path} to test for it (handle {handle}) and keeps it open while it waits; software distribution component {e.Version} install pending"],
            ComponentInboxLocked e => [$"lock file {e.Path} present; software distribution component {e.Version} install pending"],
            ComponentUpgraded e => [$"software distribution component upgraded to {e.Version} from {e.Path}"],
            CycleCompleted e => [$"cycle {e.Cycle} done; next cycle at {Time(e.NextCycleAt)}"],
            ClientRemoved => ["removed by an administrator; no more cycles"],
            _ => Array.Empty<string>(),
        };
        return lines.Select(line => $"{Time(@event.At)} {after.Name}: {line}").ToList();
    }

    private static string Check(ClientState after, LockChecked e)
    {
        var reach = e.Accessible ? "reachable" : "NOT reachable";
        var lockPath = CapPaths.Unc(after.Cap ?? "?", CapPaths.LockPath(after.OfferInbox, after.LockFile));
        var found = e.LockFound ? $"lock file {lockPath} present" : "no lock file";
        var outcome = e.NextCheckAt is not null
            ? $"checking again in {Ms(e.RetryInterval)}"
            : e.Accessible && !e.LockFound ? "reading offers" : "re-check limit reached";
        return $"check {e.Check} of {e.Path}: {reach}, {found}; {outcome}";
    }

    private static IEnumerable<string> Probes(IEnumerable<CapProbe> probes)
        => probes.Select(p => $"CAP path {CapPaths.Unc(p.Cap)} {(p.Accessible ? "is reachable" : "is NOT reachable")}");

    private static string Mode(ClientMode mode) => mode == ClientMode.Scan ? "by listing the inbox" : "by opening the lock file";

    private static string Ms(TimeSpan span) => ((long)span.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + " ms";

    private static string Span(TimeSpan span) => span.ToString(@"m\m\ ss\s", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);
}
