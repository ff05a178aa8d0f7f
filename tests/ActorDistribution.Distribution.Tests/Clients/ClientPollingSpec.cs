using ActorDistribution.Distribution.Clients;

namespace ActorDistribution.Distribution.Tests.Clients;

public sealed class ClientPollingSpec
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(5000);
    private const string Cap = "OSHER/CAP_DAN";

    [Fact]
    public void A_locked_inbox_is_checked_again_every_retry_interval()
    {
        var state = AtCap(ClientMode.Scan);

        state = Apply(state, new LockCheckResult(T0, Accessible: true, LockFound: true));

        var next = Assert.IsType<CheckLock>(Client.Next(state));
        Assert.Equal(T0 + Interval, next.DueAt);
        Assert.Equal("offerinf.box", next.Inbox);
    }

    [Fact]
    public void After_33_retries_the_client_gives_up_for_the_cycle_after_2_minutes_45_seconds()
    {
        var state = AtCap(ClientMode.Scan);
        var events = new List<ClientEvent>();
        for (var check = 0; check <= 33; check++)
        {
            var result = new LockCheckResult(T0 + Interval * check, true, true);
            var decided = Client.Decide(state, result);
            events.AddRange(decided);
            state = decided.Aggregate(state, Client.Evolve);
        }

        var gaveUp = Assert.IsType<OfferInboxAbandoned>(events[^1]);
        Assert.Equal(TimeSpan.FromSeconds(165), gaveUp.Waited);
        Assert.Equal(34, gaveUp.Checks);
        Assert.Equal(ClientPhase.Idle, state.Phase);
        Assert.Equal(T0 + TimeSpan.FromMinutes(10), Assert.IsType<StartCycle>(Client.Next(state)).DueAt);
        Assert.Empty(state.ProcessedOffers);
    }

    [Fact]
    public void An_unreachable_inbox_counts_like_a_locked_one()
    {
        var events = Client.Decide(AtCap(ClientMode.Scan), new LockCheckResult(T0, Accessible: false, LockFound: false));

        Assert.Equal(T0 + Interval, Assert.IsType<LockChecked>(Assert.Single(events)).NextCheckAt);
    }

    [Fact]
    public void A_legacy_client_holds_the_lock_open_until_its_hold_ends()
    {
        var state = AtCap(ClientMode.LegacyOpenCheck);

        state = Apply(state, new LockCheckResult(T0, true, true, Handle: 42));

        Assert.Equal(ClientPhase.HoldingLock, state.Phase);
        Assert.Equal(new ReleaseLock(T0 + ClientSettings.DefaultLegacyOpenHold, 42), Client.Next(state));

        state = Apply(state, new LockReleased(T0 + ClientSettings.DefaultLegacyOpenHold));
        Assert.Equal(T0 + Interval, Assert.IsType<CheckLock>(Client.Next(state)).DueAt);
    }

    [Fact]
    public void Without_a_lock_new_offers_are_processed_once_and_a_waiting_upgrade_installs()
    {
        var state = Apply(AtCap(ClientMode.Scan), new AssignComponentUpgrade(T0, "2.1", "swdist-2.1.exe"));
        Assert.Equal("install pending (2.1)", state.ComponentStatus);
        state = Apply(state, new LockCheckResult(T0, true, false));
        Assert.IsType<ReadOffers>(Client.Next(state));

        state = Apply(state, new OffersRead(T0, ["a.ofr"], ["SWDIST-2.1.EXE"]));
        Assert.Equal(["a.ofr"], state.ProcessedOffers);
        Assert.Equal("installed (2.1)", state.ComponentStatus);

        state = Apply(Apply(Apply(state, new BeginCycle(T0 + TimeSpan.FromMinutes(10))), new CapSearchResult(T0 + TimeSpan.FromMinutes(10), Cap, [new(Cap, true)])),
            new LockCheckResult(T0 + TimeSpan.FromMinutes(10), true, false));
        var events = Client.Decide(state, new OffersRead(T0 + TimeSpan.FromMinutes(10), ["A.OFR"], []));
        Assert.IsType<CycleCompleted>(Assert.Single(events));
    }

    [Fact]
    public void A_lock_left_in_the_component_inbox_keeps_the_upgrade_install_pending_while_offers_are_processed()
    {
        var state = Apply(AtCap(ClientMode.LegacyOpenCheck), new AssignComponentUpgrade(T0, "2.1", "swdist21.exe"));
        state = Apply(state, new LockCheckResult(T0, true, false));

        state = Apply(state, new OffersRead(T0, ["a.ofr"], ["swdist21.exe"], ComponentLocked: true, ComponentLockHandle: 7));

        Assert.Equal(["a.ofr"], state.ProcessedOffers);
        Assert.Equal("install pending (2.1)", state.ComponentStatus);
        Assert.Contains(state.Log, l => l.Contains(@"opened \\OSHER\CAP_DAN\clicomp.box\swdist\inboxlck.tok to test for it (handle 7) and keeps it open while it waits"));
    }

    [Fact]
    public void An_offer_that_carries_a_command_line_shows_it_in_the_client_log_also_after_a_replay()
    {
        var state = Apply(AtCap(ClientMode.Scan), new LockCheckResult(T0, true, false));
        var read = new OffersRead(T0, ["JOB1.OFR", "plain.ofr"], [], Commands: new Dictionary<string, string> { ["JOB1.OFR"] = "setup.exe /q" });

        var events = Client.Decide(state, read);
        state = events.Aggregate(state, Client.Evolve);

        Assert.Equal(["JOB1.OFR", "plain.ofr"], state.ProcessedOffers);
        Assert.Contains(state.Log, l => l.EndsWith(": offer JOB1.OFR: runs the command line \"setup.exe /q\"", StringComparison.Ordinal));
        Assert.DoesNotContain(state.Log, l => l.Contains("offer plain.ofr:"));
        var codec = new ActorDistribution.Runtime.Serialization.EventCodec().RegisterAssembly(typeof(Client).Assembly);
        var processed = events.OfType<OffersProcessed>().Single();
        var (manifest, json) = codec.Serialize(processed);
        Assert.Equal("setup.exe /q", ((OffersProcessed)codec.Deserialize(manifest, json)).Commands!["JOB1.OFR"]);
    }

    [Fact]
    public void A_client_that_reaches_no_cap_ends_its_cycle()
    {
        var state = Apply(Registered(ClientMode.Scan), new BeginCycle(T0));

        state = Apply(state, new CapSearchResult(T0, null, [new(Cap, false)]));

        Assert.Equal(ClientPhase.Idle, state.Phase);
        Assert.Contains(state.Log, l => l.Contains(@"CAP path \\OSHER\CAP_DAN is NOT reachable"));
    }

    [Fact]
    public void The_client_log_is_rebuilt_from_the_events_alone()
    {
        var state = Registered(ClientMode.Scan);
        var journal = new List<ClientEvent>();
        foreach (var command in new ClientCommand[]
                 {
                     new BeginCycle(T0), new CapSearchResult(T0, Cap, [new(Cap, true)]),
                     new LockCheckResult(T0, true, true), new LockCheckResult(T0 + Interval, true, false),
                     new OffersRead(T0 + Interval, ["a.ofr"], []),
                 })
        {
            var events = Client.Decide(state, command);
            journal.AddRange(events);
            state = events.Aggregate(state, Client.Evolve);
        }

        var rebuilt = Client.Replay("WKS01", [Registration(ClientMode.Scan), .. journal]);

        Assert.Equal(state.Log, rebuilt.Log);
        Assert.Contains(rebuilt.Log, l => l.Contains(@"check 1 of \\OSHER\CAP_DAN\offerinf.box: reachable, lock file \\OSHER\CAP_DAN\offerinf.box\inboxlck.tok present; checking again in 5000 ms"));
        Assert.Contains(rebuilt.Log, l => l.Contains("check 2 of") && l.Contains("no lock file; reading offers"));
    }

    private static ClientRegistered Registration(ClientMode mode)
        => Assert.IsType<ClientRegistered>(Assert.Single(Client.Decide(Client.Initial("WKS01"),
            new RegisterClient(T0, "CH2", new ClientSettings(Interval, 33, mode, TimeSpan.FromMinutes(10)), FirstCycleAt: T0))));

    [Fact]
    public void A_client_holding_the_lock_file_open_is_not_removed()
    {
        var holding = Apply(AtCap(ClientMode.LegacyOpenCheck), new LockCheckResult(T0, true, true, Handle: 42));

        Assert.Empty(Client.Decide(holding, new UnregisterClient(T0)));
        Assert.Equal($"client WKS01 holds \\\\OSHER\\CAP_DAN\\offerinf.box\\inboxlck.tok open (a legacy check, until {T0 + ClientSettings.DefaultLegacyOpenHold:yyyy-MM-dd HH:mm:ss}); try again after it closes it",
            Client.RemovalProblem(holding));
    }

    [Fact]
    public void A_removed_client_owes_no_step_and_takes_no_upgrade()
    {
        var removed = Apply(AtCap(ClientMode.Scan), new UnregisterClient(T0));

        Assert.Equal(ClientPhase.Removed, removed.Phase);
        Assert.Null(Client.Next(removed));
        Assert.Empty(Client.Decide(removed, new AssignComponentUpgrade(T0, "2.1", "swdist-2.1.exe")));
        Assert.Empty(Client.Decide(removed, new BeginCycle(T0)));
        Assert.EndsWith("WKS01: removed by an administrator; no more cycles", removed.Log[^1]);
    }

    private static ClientState Registered(ClientMode mode) => Client.Evolve(Client.Initial("WKS01"), Registration(mode));

    private static ClientState AtCap(ClientMode mode)
        => Apply(Apply(Registered(mode), new BeginCycle(T0)), new CapSearchResult(T0, Cap, [new(Cap, true)]));

    private static ClientState Apply(ClientState state, ClientCommand command)
        => Client.Decide(state, command).Aggregate(state, Client.Evolve);
}
