using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.Packages;
using ActorDistribution.Distribution.SiteDespoolers;
using ActorDistribution.Distribution.Sites;
using ActorDistribution.Hocon;
using ActorDistribution.Runtime.Hosting;
using ActorDistribution.Runtime.Persistence;
using ActorDistribution.Runtime.Serialization;
using Akka.Actor;
using Akka.Persistence;
using Microsoft.Data.Sqlite;

namespace ActorDistribution.Shell.Tests;

/// <summary>
/// A journal holding one forced delivery, produced by driving the package directory core as its actor would:
/// alice holds setup.exe open; fast (x = 120 min), y = 2, z = 5, so the copy lands at t0 + 6 h 05 min.
/// The events are written by a persistent actor of an actor system from <see cref="RuntimeActorSystem"/> on the product's
/// configuration (our serializer, Akka.Persistence.Sql), so the rows are the ones a node writes.
/// </summary>
internal static class ForcedDeliveryJournal
{
    public const string PackageDirectoryId = "pkgdir/NTSRV1/OFFICE97";
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan WriteTimeout = TimeSpan.FromSeconds(60);

    public static async Task<IReadOnlyList<PackageDirectoryEvent>> WriteAsync(string path)
    {
        try
        {
            return await WriteAsync(["persistence.journal=sqlite", $"persistence.sqlite.path={Path.GetFullPath(path)}"]);
        }
        finally
        {
            // The system is gone; its pooled connections would keep the file open.
            SqliteJournal.Release(path);
        }
    }

    public static Task<IReadOnlyList<PackageDirectoryEvent>> WritePostgreSqlAsync(string connectionString) =>
        WriteAsync(["persistence.journal=postgresql", $"persistence.postgresql.connection-string={connectionString}"]);

    private static async Task<IReadOnlyList<PackageDirectoryEvent>> WriteAsync(string[] overrides)
    {
        var events = Drive();
        var config = ConfigFactory.Load(overrides: overrides, environment: new Dictionary<string, string>());
        var system = RuntimeActorSystem.Create("forced-delivery-journal", config);
        try
        {
            var writer = system.ActorOf(Props.Create(() => new EventWriter(PackageDirectoryId)), "writer");
            var written = await writer.Ask<long>(events.Cast<object>().ToList(), WriteTimeout);
            if (written != events.Count) throw new InvalidOperationException($"wrote up to #{written}, expected {events.Count} events");
        }
        finally
        {
            await system.Terminate();
        }

        return events;
    }

    /// <summary>
    /// Adds one raw row to the plugin's journal table of the file, bypassing every actor: how a doctored journal is made.
    /// <paramref name="payload"/> is the JSON our serializer would have written.
    /// </summary>
    public static void Insert(string path, string persistenceId, long sequenceNr, DateTimeOffset at, string manifest, string payload)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO journal (persistence_id, sequence_number, deleted, created, manifest, message, identifier, writer_uuid)
            VALUES ($id, $nr, 0, $created, $manifest, $message, $serializer, 'doctored')
            """;
        insert.Parameters.AddWithValue("$id", persistenceId);
        insert.Parameters.AddWithValue("$nr", sequenceNr);
        insert.Parameters.AddWithValue("$created", at.UtcTicks);
        insert.Parameters.AddWithValue("$manifest", manifest);
        insert.Parameters.AddWithValue("$message", System.Text.Encoding.UTF8.GetBytes(payload));
        insert.Parameters.AddWithValue("$serializer", EventSerializer.Id);
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

    /// <summary>Persists the list it is sent, in order, under its persistence id, and answers the last sequence number.</summary>
    private sealed class EventWriter : ReceivePersistentActor
    {
        public EventWriter(string persistenceId)
        {
            PersistenceId = persistenceId;
            Command<List<object>>(events =>
            {
                var replyTo = Sender;
                PersistAll(events, _ => { });
                DeferAsync(events.Count, _ => replyTo.Tell(LastSequenceNr));
            });
        }

        public override string PersistenceId { get; }
    }
}
