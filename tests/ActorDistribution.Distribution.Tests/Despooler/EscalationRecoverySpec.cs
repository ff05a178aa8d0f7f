using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Tests.Despooler;

public sealed class EscalationRecoverySpec
{
    private const string PersistenceId = "pkgdir/NTSRV1/OFFICE97";

    /// <summary>The article's run with a second user who closes in time, a version queued meanwhile, a removal that fails, and one that succeeds: every event type occurs.</summary>
    private static PackageDirectoryDriver FullRun()
    {
        var driver = new PackageDirectoryDriver();
        driver.AddVersion("1", ("setup.exe", "setup v1"), ("readme.txt", "readme v1"));
        driver.AddVersion("2", ("setup.exe", "setup v2"), ("readme.txt", "readme v2"));
        driver.AddVersion("3", ("setup.exe", "setup v3"), ("readme.txt", "readme v3"));
        driver.Install("1", TargetSite.Forcing());
        driver.RunToEnd();
        driver.HoldOpen("alice", "setup.exe");
        var (_, bobsHandle) = driver.HoldOpen("bob", "readme.txt");
        driver.Install("2", TargetSite.Forcing(retries: 10, delayMinutes: 5));
        driver.RunUntil(driver.Now + TimeSpan.FromMinutes(120 * 11 + 1));
        driver.Host.CloseHandle(bobsHandle);
        driver.Install("3", TargetSite.Forcing());
        driver.RunToEnd();
        var (_, carolsHandle) = driver.HoldOpen("carol", "readme.txt");
        driver.Remove(TargetSite.NotForcing());
        driver.RunToEnd();
        driver.Host.CloseHandle(carolsHandle);
        driver.Remove(TargetSite.NotForcing());
        driver.RunToEnd();
        return driver;
    }

    [Fact]
    public void Replaying_the_journal_through_evolve_gives_the_live_state_after_every_event()
    {
        var driver = FullRun();

        for (var count = 1; count <= driver.Events.Count; count++)
        {
            var replayed = PackageDirectoryEscalation.Replay(driver.Events.Take(count));
            Assert.True(
                StateSnapshot.Of(driver.StatesAfterEachEvent[count - 1]) == StateSnapshot.Of(replayed),
                $"state after event {count} ({driver.Events[count - 1].GetType().Name}) differs when replayed");
        }
    }

    [Fact]
    public void Every_event_round_trips_through_the_journal_serializer_and_replays_to_the_same_state()
    {
        var driver = FullRun();
        var codec = new EventCodec().RegisterAssembly(typeof(PackageDirectoryEvent).Assembly);

        var stored = driver.Events.Select(@event => codec.Serialize(@event)).ToList();
        var read = stored.Select(entry => (PackageDirectoryEvent)codec.Deserialize(entry.Manifest, entry.Json)).ToList();

        Assert.Equal(driver.Events.Select(StateSnapshot.Of), read.Select(StateSnapshot.Of));
        Assert.Equal(StateSnapshot.Of(driver.State), StateSnapshot.Of(PackageDirectoryEscalation.Replay(read)));
    }

    [Fact]
    public void Every_state_of_the_run_survives_a_json_snapshot_round_trip()
    {
        var driver = FullRun();

        foreach (var state in driver.StatesAfterEachEvent.Prepend(PackageDirectoryState.Initial))
        {
            var json = System.Text.Json.JsonSerializer.Serialize(state);
            var restored = System.Text.Json.JsonSerializer.Deserialize<PackageDirectoryState>(json)!;
            Assert.Equal(StateSnapshot.Of(state), StateSnapshot.Of(restored));
        }
    }

    [Fact]
    public void The_full_run_exercises_every_event_type()
    {
        var seen = FullRun().Events.Select(@event => @event.GetType()).ToHashSet();

        var missing = EventTypes().Where(type => !seen.Contains(type)).Select(type => type.Name).ToList();
        Assert.True(missing.Count == 0, $"never produced: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_event_has_a_distinct_despooler_manifest()
    {
        var manifests = EventTypes()
            .Select(type => (type.Name, Manifest: type.GetCustomAttributes(typeof(EventManifestAttribute), false).Cast<EventManifestAttribute>().SingleOrDefault()?.Manifest))
            .ToList();

        Assert.All(manifests, entry => Assert.Matches(@"^despooler\.[a-z-]+\.v1$", entry.Manifest ?? $"{entry.Name} has none"));
        Assert.Equal(manifests.Count, manifests.Select(entry => entry.Manifest).Distinct().Count());
    }

    [Fact]
    public void A_state_recovered_while_waiting_for_the_disconnection_re_arms_the_same_timer()
    {
        var driver = new PackageDirectoryDriver();
        driver.AddVersion("1", ("setup.exe", "setup v1"));
        driver.Seed("setup.exe", "setup v0");
        driver.HoldOpen("alice", "setup.exe");
        driver.Install("1", TargetSite.Forcing(retries: 2, delayMinutes: 30));
        driver.RunUntil(driver.Now + TimeSpan.FromMinutes(120 * 3 + 10));
        Assert.Equal(PackageDirectoryPhase.AwaitingForceClose, driver.State.Phase);

        var recovered = PackageDirectoryEscalation.Replay(driver.Events);

        Assert.Equal(new DueTimer(driver.State.ForceCloseAt!.Value, DueTimerKind.ForceClose), recovered.NextDue);
        Assert.Null(recovered.PendingEffect);
        Assert.Equal(driver.State.Status, recovered.Status);
    }

    [Fact]
    public void A_state_recovered_in_the_middle_of_an_effect_asks_for_it_again()
    {
        var driver = new PackageDirectoryDriver();
        driver.AddVersion("1", ("setup.exe", "setup v1"));
        driver.Seed("setup.exe", "setup v0");
        driver.HoldOpen("alice", "setup.exe");
        driver.Install("1", TargetSite.Forcing(retries: 0));
        driver.RunUntil(driver.Now + TimeSpan.FromMinutes(120));
        var upToRevocation = driver.Events.TakeWhile(@event => @event is not DirectoryAccessRevoked).ToList();

        var recovered = PackageDirectoryEscalation.Replay(upToRevocation);

        Assert.IsType<RevokeAccess>(recovered.PendingEffect);
    }

    [Fact]
    public void Stale_timers_and_repeated_results_after_recovery_produce_no_events()
    {
        var driver = new PackageDirectoryDriver();
        driver.AddVersion("1", ("setup.exe", "setup v1"));
        driver.Seed("setup.exe", "setup v0");
        driver.HoldOpen("alice", "setup.exe");
        driver.Install("1", TargetSite.Forcing());
        driver.RunUntil(driver.Now);
        var state = driver.State;

        Assert.Empty(PackageDirectoryEscalation.Decide(state, new AttemptDue(state.NextAttemptAt!.Value.AddMinutes(-1))));
        Assert.Empty(PackageDirectoryEscalation.Decide(state, new AccessRevoked(driver.Now)));
        Assert.Empty(PackageDirectoryEscalation.Decide(state, new CopyCompleted(driver.Now, "1", [])));
        Assert.Empty(PackageDirectoryEscalation.Decide(state, new ForceCloseDue(driver.Now)));
    }

    private static IEnumerable<Type> EventTypes() =>
        typeof(PackageDirectoryEvent).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(PackageDirectoryEvent)) && !type.IsAbstract);
}
