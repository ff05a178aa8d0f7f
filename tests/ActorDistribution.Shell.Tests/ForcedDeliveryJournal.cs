using ActorDistribution.Actors.Time;
using ActorDistribution.Distribution.Despooler;
using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Distribution.Sites;
using ActorDistribution.Hocon;
using ActorDistribution.Persistence;
using ActorDistribution.Persistence.Journal;
using Microsoft.Data.Sqlite;

namespace ActorDistribution.Shell.Tests;

/// <summary>
/// A SQLite journal holding one forced delivery, produced by driving the package directory core as its actor would:
/// alice holds setup.exe open; fast (x = 120 min), y = 2, z = 5, so the copy lands at t0 + 6 h 05 min.
/// </summary>
internal static class ForcedDeliveryJournal
{
    public const string PackageDirectoryId = "pkgdir/NTSRV1/OFFICE97";
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public static async Task<IReadOnlyList<PackageDirectoryEvent>> WriteAsync(string path)
    {
        var clock = new SettableClock();
        await using var store = await PersistenceStores.OpenSqliteAsync(path, DistributionEvents.Serializer(), clock);
        return await WriteAsync(store, clock);
    }

    public static async Task<IReadOnlyList<PackageDirectoryEvent>> WritePostgreSqlAsync(string connectionString)
    {
        var clock = new SettableClock();
        await using var store = await PersistenceStores.OpenPostgreSqlAsync(connectionString, DistributionEvents.Serializer(), clock);
        return await WriteAsync(store, clock);
    }

    private static async Task<IReadOnlyList<PackageDirectoryEvent>> WriteAsync(IPersistenceStore store, SettableClock clock)
    {
        var events = Drive();
        for (var i = 0; i < events.Count; i++)
        {
            clock.UtcNow = events[i].At;
            await store.Journal.WriteMessagesAsync(new AtomicWrite(new PersistentRepr(PackageDirectoryId, i + 1, events[i])));
        }

        return events;
    }

    /// <summary>Adds one raw row to the file, bypassing every actor: how a doctored journal is made.</summary>
    public static void Insert(string path, string persistenceId, long sequenceNr, DateTimeOffset at, string manifest, string payload)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO event_journal (persistence_id, sequence_nr, created_at, manifest, payload, writer, deleted)
            VALUES ($id, $nr, $at, $manifest, $payload, 'doctored', 0)
            """;
        insert.Parameters.AddWithValue("$id", persistenceId);
        insert.Parameters.AddWithValue("$nr", sequenceNr);
        insert.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
        insert.Parameters.AddWithValue("$manifest", manifest);
        insert.Parameters.AddWithValue("$payload", System.Text.Encoding.UTF8.GetBytes(payload));
        insert.ExecuteNonQuery();
    }

    private static List<PackageDirectoryEvent> Drive()
    {
        var options = DespoolerOptions.From(ConfigFactory.Reference());
        var settings = new SiteSettings(ResponseMode.Fast, UseForcedDisconnect: true, RetriesBeforeForcedDisconnection: 2, TimeSpan.FromMinutes(5));
        var files = new List<PackageFile> { new("setup.exe", 8, "ab") };
        var events = new List<PackageDirectoryEvent>();
        var state = PackageDirectoryState.Initial;
        var now = T0;
        var aliceHoldsSetup = true;

        void Send(PackageDirectoryCommand command)
        {
            foreach (var @event in PackageDirectoryEscalation.Decide(state, command))
            {
                state = PackageDirectoryEscalation.Evolve(state, @event);
                events.Add(@event);
            }
        }

        Send(new Install(now, "2", files, JobType.SharePackageOnServer, settings, options));
        for (var steps = 0; steps < 1000; steps++)
        {
            if (state.PendingEffect is { } effect)
            {
                Send(effect switch
                {
                    CheckOpenFiles => new OpenFilesChecked(now, aliceHoldsSetup ? [new OpenFile("alice", "setup.exe")] : []),
                    RevokeAccess => new AccessRevoked(now),
                    WarnUsers warn => new UsersWarned(now, warn.Users),
                    ForceCloseOpenFiles close => Closed(close.WarnedUsers),
                    CopyPackageFiles copy => new CopyCompleted(now, copy.Version, copy.Files),
                    RestoreAccess => new AccessRestored(now),
                    NotifyUsersReady notify => new UsersNotified(now, notify.Users),
                    _ => throw new InvalidOperationException($"unexpected effect {effect}"),
                });
            }
            else if (state.NextDue is { } due)
            {
                now = due.At;
                Send(due.Fire(now));
            }
            else
            {
                return events;
            }
        }

        throw new InvalidOperationException("the forced delivery did not settle");

        UsersForceClosed Closed(IReadOnlyList<string> users)
        {
            aliceHoldsSetup = false;
            return new UsersForceClosed(now, users);
        }
    }

    private sealed class SettableClock : IClock
    {
        public DateTimeOffset UtcNow { get; set; }
    }
}
