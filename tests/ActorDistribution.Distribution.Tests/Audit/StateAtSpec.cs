using System.Text.Json;
using ActorDistribution.Distribution.Audit;
using ActorDistribution.Distribution.PackageDirectories;
using static ActorDistribution.Distribution.Tests.Audit.AuditJournals;

namespace ActorDistribution.Distribution.Tests.Audit;

public sealed class StateAtSpec : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly AuditJournal journal = new();

    public void Dispose() => journal.Dispose();

    [Fact]
    public async Task A_package_directory_at_each_event_time_shows_the_status_the_live_core_had_then()
    {
        var driver = ForcedDelivery();
        await journal.WriteAsync(PackageDirectoryId, driver.Events);

        for (var i = 0; i < driver.Events.Count; i++)
        {
            // Several events can share a time: the state at that time is the one after the last of them.
            if (i + 1 < driver.Events.Count && driver.Events[i + 1].At == driver.Events[i].At) continue;
            var state = await Rebuild(PackageDirectoryId, driver.Events[i].At);

            var view = Assert.IsType<PackageDirectoryView>(state.State);
            Assert.Equal(driver.StatesAfterEachEvent[i].Status.Display, view.Status);
            Assert.Equal(i + 1, state.EventsApplied);
        }
    }

    [Fact]
    public async Task Between_warning_and_force_close_the_directory_is_warning_sent_with_access_revoked()
    {
        var driver = ForcedDelivery();
        await journal.WriteAsync(PackageDirectoryId, driver.Events);
        var warning = driver.Events.OfType<DisconnectionWarningSent>().Single();

        var state = await Rebuild(PackageDirectoryId, warning.At + TimeSpan.FromMinutes(2));

        var view = Assert.IsType<PackageDirectoryView>(state.State);
        Assert.StartsWith("warning-sent (closes at", view.Status);
        Assert.True(view.State.IsAccessRevoked);
        Assert.Equal(["alice"], view.State.WarnedUsers);
    }

    [Fact]
    public async Task The_state_prints_as_indented_json_with_enums_by_name()
    {
        await journal.WriteAsync(OfferInboxId, LockLeftBehind(T0));

        var json = (await Rebuild(OfferInboxId, T0 + TimeSpan.FromHours(1))).ToJson();

        using var document = JsonDocument.Parse(json);
        var state = document.RootElement.GetProperty("state");
        Assert.True(state.GetProperty("lockLeft").GetBoolean());
        Assert.Equal("idle", state.GetProperty("phase").GetString());
        Assert.Equal(OfferInboxId, document.RootElement.GetProperty("persistenceId").GetString());
        Assert.Contains("\n  \"state\": {", json.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Before_its_first_event_an_entity_is_in_its_initial_state()
    {
        await journal.WriteAsync(PackageDirectoryId, ForcedDelivery().Events);

        var state = await Rebuild(PackageDirectoryId, T0.AddYears(-1));

        Assert.Equal(0, state.EventsApplied);
        Assert.Equal(PackageDirectoryPhase.Idle, Assert.IsType<PackageDirectoryView>(state.State).State.Phase);
    }

    [Fact]
    public async Task An_entity_kind_without_a_replay_shows_its_events_up_to_the_time_labelled_as_such()
    {
        await journal.WriteAsync("server/NTSRV1", new ServerAdded(T0, "OSHER"), new ServerAdded(T0.AddHours(2), "CH2"));

        var state = await Rebuild("server/NTSRV1", T0.AddHours(1));

        Assert.False(state.IsReplayed);
        using var document = JsonDocument.Parse(state.ToJson());
        Assert.Contains("none registered for 'server/'", document.RootElement.GetProperty("replay").GetString());
        var only = Assert.Single(document.RootElement.GetProperty("events").EnumerateArray());
        Assert.Equal("OSHER", only.GetProperty("event").GetProperty("site").GetString());
    }

    [Fact]
    public async Task A_replay_registered_for_a_new_prefix_is_used_for_its_entities()
    {
        await journal.WriteAsync("server/NTSRV1", new ServerAdded(T0, "OSHER"));
        var replays = EntityReplays.Default().Register("server/", (id, events) => new { Server = id, Sites = events.OfType<ServerAdded>().Select(e => e.Site) });

        await using var source = await journal.OpenAsync();
        var state = await StateAt.RebuildAsync(source, "server/NTSRV1", T0, replays);

        Assert.True(state.IsReplayed);
        Assert.Contains("\"sites\": [", state.ToJson());
    }

    [Fact]
    public async Task Every_entity_at_a_time_is_each_one_with_events_by_then_rebuilt_from_those_events()
    {
        var driver = ForcedDelivery();
        await journal.WriteAsync(PackageDirectoryId, driver.Events);
        await journal.WriteAsync(OfferInboxId, LockLeftBehind(driver.Events[0].At));
        await journal.WriteAsync("server/NTSRV1", new ServerAdded(driver.Events[^1].At.AddDays(1), "OSHER"));
        var warning = driver.Events.OfType<DisconnectionWarningSent>().Single();

        await using var source = await journal.OpenAsync();
        var states = await StateAt.RebuildAllAsync(source, warning.At);

        Assert.Equal([OfferInboxId, PackageDirectoryId], states.Select(state => state.PersistenceId));
        Assert.StartsWith("warning-sent", Assert.IsType<PackageDirectoryView>(states[1].State).Status);
        using var json = JsonDocument.Parse(EntityState.ToJson(states));
        Assert.Equal(2, json.RootElement.GetArrayLength());
    }

    private async Task<EntityState> Rebuild(string entity, DateTimeOffset at)
    {
        await using var source = await journal.OpenAsync();
        return await StateAt.RebuildAsync(source, entity, at);
    }
}
