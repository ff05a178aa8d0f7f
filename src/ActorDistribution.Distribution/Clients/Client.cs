using ActorDistribution.Distribution.Caps;

namespace ActorDistribution.Distribution.Clients;

/// <summary>
/// A workstation agent's offer cycle (SPEC.md section 3): reach a CAP of its site, look for the lock
/// file in the offer inbox, and while it is there look again every retry interval; after the allowed
/// retries give up for the cycle (no offers). Without a lock, read new offers and install a waiting
/// component upgrade. A legacy client looks by opening the lock file and holds it open briefly, which
/// is what makes the inbox manager's delete fail.
/// </summary>
public static class Client
{
    public static ClientState Initial(string name)
        => new(name, "", ClientMode.Scan, TimeSpan.Zero, 0, TimeSpan.Zero, TimeSpan.Zero, "", "", "",
            ClientPhase.Unregistered, 0, null, null, 0, null, null, null, null, [], null, null, []);

    public static IReadOnlyList<ClientEvent> Decide(ClientState state, ClientCommand command) => command switch
    {
        RegisterClient register when state.Phase == ClientPhase.Unregistered => [Registered(register)],
        AssignComponentUpgrade assign when state.Phase is not (ClientPhase.Unregistered or ClientPhase.Removed) => Assign(state, assign),
        UnregisterClient remove when state.Phase is not (ClientPhase.Unregistered or ClientPhase.Removed) && RemovalProblem(state) is null
            => [new ClientRemoved(remove.At)],
        BeginCycle begin when state.Phase == ClientPhase.Idle => [new ClientCycleStarted(begin.At, state.Cycle + 1)],
        CapSearchResult search when state.Phase == ClientPhase.FindingCap => search.Cap is { } cap
            ? [new CapChosen(search.At, cap, search.Probes)]
            : [new NoCapReachable(search.At, search.Probes, NextCycleAt(state, search.At))],
        LockCheckResult { Handle: { } handle } opened when state is { Phase: ClientPhase.CheckingLock, Mode: ClientMode.LegacyOpenCheck }
            => [new LockFileOpened(opened.At, LockPath(state), handle, opened.At + state.OpenHold)],
        LockCheckResult check when state.Phase == ClientPhase.CheckingLock => Checked(state, check.At, check.At, check.Accessible, check.LockFound),
        // The open succeeded, so the lock was there; the check is judged once the handle is closed.
        LockReleased released when state.Phase == ClientPhase.HoldingLock
            => [new LockFileReleased(released.At, LockPath(state), state.HeldHandle!.Value), .. Checked(state, released.At, state.HeldSince ?? released.At, true, true)],
        OffersRead read when state.Phase == ClientPhase.ReadingOffers => Read(state, read),
        // Results for a step no longer current (a duplicate timer after recovery) change nothing.
        _ => [],
    };

    public static ClientState Evolve(ClientState state, ClientEvent @event)
    {
        var next = @event switch
        {
            ClientRegistered e => state with
            {
                Site = e.Site,
                Mode = e.Mode,
                LockRetryInterval = e.LockRetryInterval,
                LockRetries = e.LockRetries,
                CycleInterval = e.CycleInterval,
                OpenHold = e.OpenHold,
                OfferInbox = e.OfferInbox,
                ComponentInbox = e.ComponentInbox,
                LockFile = e.LockFile,
                Phase = ClientPhase.Idle,
                StepDueAt = e.FirstCycleAt,
            },
            ClientCycleStarted e => state with
            {
                Phase = ClientPhase.FindingCap,
                Cycle = e.Cycle,
                CycleStartedAt = e.At,
                Cap = null,
                Checks = 0,
                FirstBlockedAt = null,
                StepDueAt = e.At,
            },
            CapChosen e => state with { Phase = ClientPhase.CheckingLock, Cap = e.Cap, StepDueAt = e.At },
            NoCapReachable e => EndCycle(state, e.NextCycleAt),
            LockFileOpened e => state with { Phase = ClientPhase.HoldingLock, HeldHandle = e.Handle, HeldSince = e.At, StepDueAt = e.ReleaseAt },
            LockFileReleased e => state with { Phase = ClientPhase.CheckingLock, HeldHandle = null, HeldSince = null, StepDueAt = e.At },
            LockChecked { NextCheckAt: { } recheck } e => state with
            {
                Phase = ClientPhase.CheckingLock,
                Checks = e.Check,
                FirstBlockedAt = state.FirstBlockedAt ?? e.StartedAt,
                StepDueAt = recheck,
            },
            LockChecked { LockFound: false, Accessible: true } e => state with { Phase = ClientPhase.ReadingOffers, Checks = e.Check, StepDueAt = e.At },
            LockChecked e => state with { Checks = e.Check },
            OfferInboxAbandoned e => EndCycle(state, e.NextCycleAt),
            OffersProcessed e => state with { ProcessedOffers = [.. state.ProcessedOffers, .. e.Offers] },
            ComponentUpgradePending e => state with { PendingUpgrade = new ComponentUpgrade(e.Version, e.Installer) },
            ComponentUpgraded e => state with { InstalledComponent = e.Version, PendingUpgrade = null },
            CycleCompleted e => EndCycle(state, e.NextCycleAt),
            ClientRemoved => state with { Phase = ClientPhase.Removed, StepDueAt = null },
            _ => state,
        };
        return next with { Log = [.. next.Log, .. ClientLog.Lines(next, @event)] };
    }

    /// <summary>The effect the actor owes, or null before registration.</summary>
    public static ClientStep? Next(ClientState state) => state.Phase switch
    {
        ClientPhase.Idle => new StartCycle(state.StepDueAt!.Value),
        ClientPhase.FindingCap => new FindCap(state.StepDueAt!.Value, state.Site),
        ClientPhase.CheckingLock => new CheckLock(state.StepDueAt!.Value, state.Cap!, state.OfferInbox, state.LockFile, state.Mode),
        ClientPhase.HoldingLock => new ReleaseLock(state.StepDueAt!.Value, state.HeldHandle!.Value),
        ClientPhase.ReadingOffers => new ReadOffers(state.StepDueAt!.Value, state.Cap!, state.OfferInbox, state.ComponentInbox),
        _ => null,
    };

    /// <summary>Why the client cannot be removed now (a legacy check holds the offer inbox's lock file open), or null.</summary>
    public static string? RemovalProblem(ClientState state) => state.HeldHandle is not null
        ? $"client {state.Name} holds {LockPath(state)} open (a legacy check, until {state.StepDueAt:yyyy-MM-dd HH:mm:ss}); try again after it closes it"
        : null;

    public static ClientState Replay(string name, IEnumerable<ClientEvent> events) => events.Aggregate(Initial(name), Evolve);

    public static string InboxPath(ClientState state) => CapPaths.Unc(state.Cap ?? "?", state.OfferInbox);

    public static string LockPath(ClientState state) => CapPaths.Unc(state.Cap ?? "?", CapPaths.LockPath(state.OfferInbox, state.LockFile));

    private static ClientRegistered Registered(RegisterClient register)
    {
        var s = register.Settings;
        return new ClientRegistered(register.At, register.Site, s.Mode, s.LockRetryInterval, s.LockRetries, s.CycleInterval,
            s.OpenHold, register.OfferInbox, register.ComponentInbox, register.LockFile, register.FirstCycleAt ?? register.At);
    }

    private static IReadOnlyList<ClientEvent> Assign(ClientState state, AssignComponentUpgrade assign)
        => string.Equals(assign.Version, state.InstalledComponent, StringComparison.OrdinalIgnoreCase)
           || string.Equals(assign.Version, state.PendingUpgrade?.Version, StringComparison.OrdinalIgnoreCase)
            ? []
            : [new ComponentUpgradePending(assign.At, assign.Version, assign.Installer)];

    private static IReadOnlyList<ClientEvent> Checked(ClientState state, DateTimeOffset at, DateTimeOffset startedAt, bool accessible, bool lockFound)
    {
        var check = state.Checks + 1;
        var path = InboxPath(state);
        if (accessible && !lockFound)
            return [new LockChecked(at, startedAt, path, accessible, lockFound, check, state.LockRetryInterval, null)];

        // The first blocked check is not a retry; the client gives up once it has retried LockRetries times.
        var retriesDone = check - 1;
        if (retriesDone < state.LockRetries)
            return [new LockChecked(at, startedAt, path, accessible, lockFound, check, state.LockRetryInterval, startedAt + state.LockRetryInterval)];

        var waited = startedAt - (state.FirstBlockedAt ?? startedAt);
        return
        [
            new LockChecked(at, startedAt, path, accessible, lockFound, check, state.LockRetryInterval, null),
            new OfferInboxAbandoned(at, path, check, waited, NextCycleAt(state, at)),
        ];
    }

    private static IReadOnlyList<ClientEvent> Read(ClientState state, OffersRead read)
    {
        var events = new List<ClientEvent>();
        var fresh = read.Offers
            .Where(o => !state.ProcessedOffers.Contains(o, StringComparer.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (fresh.Count > 0)
        {
            var commands = fresh.Where(o => read.Commands?.ContainsKey(o) == true).ToDictionary(o => o, o => read.Commands![o]);
            events.Add(new OffersProcessed(read.At, InboxPath(state), fresh, commands.Count == 0 ? null : commands));
        }
        if (state.PendingUpgrade is { } locked && read.ComponentLocked)
            events.Add(new ComponentInboxLocked(read.At, CapPaths.Unc(state.Cap!, CapPaths.LockPath(state.ComponentInbox, state.LockFile)), locked.Version, read.ComponentLockHandle));
        else if (state.PendingUpgrade is { } upgrade && read.ComponentFiles.Contains(upgrade.Installer, StringComparer.OrdinalIgnoreCase))
            events.Add(new ComponentUpgraded(read.At, upgrade.Version, CapPaths.Unc(state.Cap!, state.ComponentInbox)));
        events.Add(new CycleCompleted(read.At, state.Cycle, NextCycleAt(state, read.At)));
        return events;
    }

    private static DateTimeOffset NextCycleAt(ClientState state, DateTimeOffset at)
    {
        var planned = (state.CycleStartedAt ?? at) + state.CycleInterval;
        return planned > at ? planned : at + state.CycleInterval;
    }

    private static ClientState EndCycle(ClientState state, DateTimeOffset nextCycleAt)
        => state with { Phase = ClientPhase.Idle, HeldHandle = null, StepDueAt = nextCycleAt };
}
