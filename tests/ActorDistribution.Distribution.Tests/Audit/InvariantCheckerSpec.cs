using ActorDistribution.Distribution.Audit;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.StuckLockRemedies;
using static ActorDistribution.Distribution.Tests.Audit.AuditJournals;

namespace ActorDistribution.Distribution.Tests.Audit;

public sealed class InvariantCheckerSpec : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly AuditJournal journal = new();

    public void Dispose() => journal.Dispose();

    [Fact]
    public async Task A_forced_delivery_run_by_the_core_verifies_clean()
    {
        var driver = ForcedDelivery();
        await journal.WriteAsync(PackageDirectoryId, driver.Events);

        var report = await Verify();

        Assert.True(report.IsClean, $"expected no violation, got: {string.Join("; ", report.Violations)}");
        Assert.Equal(driver.Events.Count, report.EventsRead);
        Assert.Equal(1, report.Entities);
    }

    [Fact]
    public async Task A_delivery_that_ends_with_access_still_revoked_is_reported_at_its_completion()
    {
        var events = ForcedDelivery().Events.ToList();
        events.Remove(events.OfType<DirectoryAccessRestored>().Last());
        await journal.WriteAsync(PackageDirectoryId, events);

        var violation = Assert.Single((await Verify()).Violations);

        var completed = events.OfType<DeliveryCompleted>().Last();
        AssertAt(violation, InvariantViolation.AccessLeftRevoked, events, completed);
    }

    [Fact]
    public async Task A_forced_disconnect_of_a_user_never_warned_is_reported()
    {
        var events = ForcedDelivery().Events.ToList();
        var disconnected = events.OfType<UsersDisconnected>().Single();
        events[events.IndexOf(disconnected)] = disconnected with { Users = ["bob"] };
        await journal.WriteAsync(PackageDirectoryId, events);

        var violation = Assert.Single((await Verify()).Violations);

        AssertAt(violation, InvariantViolation.DisconnectWithoutWarning, events, events.OfType<UsersDisconnected>().Single());
        Assert.Contains("bob", violation.Message);
    }

    [Fact]
    public async Task A_forced_disconnect_less_than_z_after_the_warning_is_reported()
    {
        var events = ForcedDelivery().Events.ToList();
        var warning = events.OfType<DisconnectionWarningSent>().Single();
        events[events.IndexOf(warning)] = warning with { At = warning.At + TimeSpan.FromMinutes(3) };
        await journal.WriteAsync(PackageDirectoryId, events);

        var violation = Assert.Single((await Verify()).Violations);

        AssertAt(violation, InvariantViolation.DisconnectWithoutWarning, events, events.OfType<UsersDisconnected>().Single());
        Assert.Contains("z is 5 min", violation.Message);
    }

    [Fact]
    public async Task A_forced_copy_earlier_than_x_times_y_plus_one_plus_z_after_the_first_failure_is_reported()
    {
        var events = ForcedDelivery().Events.ToList();
        var copied = events.OfType<PackageFilesCopied>().Last();
        events[events.IndexOf(copied)] = copied with { At = copied.At - TimeSpan.FromHours(1) };
        await journal.WriteAsync(PackageDirectoryId, events);

        var violation = Assert.Single((await Verify()).Violations);

        AssertAt(violation, InvariantViolation.ForcedTooEarly, events, events.OfType<PackageFilesCopied>().Last());
    }

    [Fact]
    public async Task A_lock_left_behind_with_its_alarm_verifies_clean()
    {
        await journal.WriteAsync(OfferInboxId, LockLeftBehind(T0));

        Assert.True((await Verify()).IsClean);
    }

    [Fact]
    public async Task A_lock_left_after_the_last_failed_delete_without_an_alarm_is_reported()
    {
        var events = LockLeftBehind(T0).Where(e => e is not LockLeft).ToList();
        await journal.WriteAsync(OfferInboxId, events);

        var violation = Assert.Single((await Verify()).Violations);

        var lastDelete = events.OfType<LockDeleteFailed>().Last();
        AssertAt(violation, AuditViolation.InboxLockLeftWithoutAlarm, events, lastDelete);
        Assert.Equal(OfferInboxId, violation.PersistenceId);
    }

    [Fact]
    public async Task A_lock_without_its_own_alarm_is_clean_when_the_stuck_lock_supervisor_alarmed_it_later()
    {
        await journal.WriteAsync(OfferInboxId, LockLeftBehind(T0).Where(e => e is not LockLeft));
        await journal.WriteAsync("stuck-lock/OSHER", new StuckLockDetected(T0 + TimeSpan.FromMinutes(30), [OfferInbox], "older than 30 min"));

        Assert.True((await Verify()).IsClean);
    }

    [Fact]
    public async Task An_update_the_inbox_manager_ended_while_the_lock_was_still_there_is_reported_at_the_managers_event()
    {
        await journal.WriteAsync(OfferInboxId,
            new InboxUpdateStarted(T0, "v1", ["a.ofr"], 10, TimeSpan.FromSeconds(1)),
            new InboxLockCreated(T0),
            new InboxFilesCopied(T0, "v1", ["a.ofr"]));
        await journal.WriteAsync("inbox-manager/OSHER",
            new InboxManagerStarted(T0, TimeSpan.FromMinutes(1), 10, TimeSpan.FromSeconds(1)),
            new InboxUpdateEnded(T0 + TimeSpan.FromMinutes(1), OfferInbox, LockLeft: false));

        var violation = Assert.Single((await Verify()).Violations);

        Assert.Equal(AuditViolation.InboxLockLeftWithoutAlarm, violation.Rule);
        Assert.Equal(("inbox-manager/OSHER", 2L), (violation.PersistenceId, violation.SequenceNr));
        Assert.Equal(T0 + TimeSpan.FromMinutes(1), violation.Time);
    }

    [Fact]
    public async Task The_alarm_of_an_earlier_update_does_not_cover_a_later_update_that_leaves_the_lock_again()
    {
        var first = LockLeftBehind(T0);
        var second = LockLeftBehind(T0 + TimeSpan.FromHours(1)).Where(e => e is not LockLeft).ToList();
        await journal.WriteAsync(OfferInboxId, [.. first, .. second]);

        var violation = Assert.Single((await Verify()).Violations);

        Assert.Equal(AuditViolation.InboxLockLeftWithoutAlarm, violation.Rule);
        Assert.Equal(first.Count + second.Count, violation.SequenceNr);
    }

    [Fact]
    public async Task The_managers_end_journaled_just_before_the_inboxs_delete_of_the_same_instant_is_not_a_left_lock()
    {
        await journal.WriteAsync([
            (OfferInboxId, new InboxLockCreated(T0)),
            ("inbox-manager/OSHER", new InboxUpdateEnded(T0 + TimeSpan.FromSeconds(10), OfferInbox, LockLeft: false)),
            (OfferInboxId, new LockDeleted(T0 + TimeSpan.FromSeconds(10), 1)),
        ]);

        Assert.True((await Verify()).IsClean);
    }

    [Fact]
    public async Task An_update_whose_lock_was_deleted_verifies_clean()
    {
        await journal.WriteAsync(OfferInboxId,
            new InboxUpdateStarted(T0, "v1", ["a.ofr"], 10, TimeSpan.FromSeconds(1)),
            new InboxLockCreated(T0),
            new InboxFilesCopied(T0, "v1", ["a.ofr"]),
            new LockDeleted(T0, 1));
        await journal.WriteAsync("inbox-manager/OSHER", new InboxUpdateEnded(T0, OfferInbox, LockLeft: false));

        Assert.True((await Verify()).IsClean);
    }

    [Fact]
    public async Task Events_of_manifests_unknown_to_this_build_are_counted_not_checked()
    {
        await journal.WriteAsync(PackageDirectoryId, ForcedDelivery().Events);
        await journal.InsertRawAsync("site/OSHER", T0, "site.renamed.v3", """{"to":"OSHER2"}""");
        await journal.InsertRawAsync("site/OSHER", T0, "site.renamed.v3", """{"to":"OSHER3"}""");

        var report = await Verify();

        Assert.True(report.IsClean);
        Assert.Equal(2, report.UnknownManifests["site.renamed.v3"]);
    }

    [Fact]
    public async Task An_event_deleted_from_the_middle_of_a_stream_is_a_gap_naming_the_entity_and_the_missing_number()
    {
        var events = LockLeftBehind(T0);
        await journal.WriteAsync(OfferInboxId, events);
        journal.Delete(OfferInboxId, 2);

        var violation = Assert.Single((await Verify()).Violations, v => v.Rule == AuditViolation.JournalGap);

        Assert.Equal(AuditViolation.JournalGap, violation.Rule);
        Assert.Equal(OfferInboxId, violation.PersistenceId);
        Assert.Equal(3, violation.SequenceNr);
        Assert.Equal($"event #2 of {OfferInboxId} is missing: the stream goes from #1 to #3", violation.Message);
    }

    [Fact]
    public async Task Several_missing_events_are_named_as_ranges_per_gap_and_other_entities_stay_clean()
    {
        var driver = ForcedDelivery();
        await journal.WriteAsync(PackageDirectoryId, driver.Events);
        await journal.WriteAsync(OfferInboxId, LockLeftBehind(T0, deleteAttempts: 6));
        foreach (var nr in new long[] { 2, 3, 4, 7 }) journal.Delete(OfferInboxId, nr);

        var gaps = (await Verify()).Violations.Where(v => v.Rule == AuditViolation.JournalGap).ToList();

        Assert.Equal([(OfferInboxId, 5L), (OfferInboxId, 8L)], gaps.Select(g => (g.PersistenceId, g.SequenceNr)));
        Assert.Equal($"events #2 to #4 of {OfferInboxId} are missing: the stream goes from #1 to #5", gaps[0].Message);
        Assert.Equal($"event #7 of {OfferInboxId} is missing: the stream goes from #6 to #8", gaps[1].Message);
    }

    [Fact]
    public async Task A_stream_whose_first_events_were_deleted_is_a_gap_from_number_one()
    {
        await journal.WriteAsync(OfferInboxId, LockLeftBehind(T0));
        journal.Delete(OfferInboxId, 1);
        journal.Delete(OfferInboxId, 2);

        var violation = Assert.Single((await Verify()).Violations, v => v.Rule == AuditViolation.JournalGap);

        Assert.Equal(AuditViolation.JournalGap, violation.Rule);
        Assert.Equal(3, violation.SequenceNr);
        Assert.Equal($"events #1 to #2 of {OfferInboxId} are missing: the stream starts at #3", violation.Message);
    }

    private async Task<AuditReport> Verify()
    {
        await using var source = await journal.OpenAsync();
        return await InvariantChecker.VerifyAsync(source);
    }

    /// <summary>The violation names the rule and points at exactly this event: its persistence id, sequence number and time.</summary>
    private static void AssertAt<TEvent>(AuditViolation violation, string rule, List<TEvent> written, TEvent culprit) where TEvent : class
    {
        Assert.Equal(rule, violation.Rule);
        Assert.Equal(written.IndexOf(culprit) + 1, violation.SequenceNr);
        Assert.Equal((DateTimeOffset)culprit.GetType().GetProperty("At")!.GetValue(culprit)!, violation.Time);
    }
}
