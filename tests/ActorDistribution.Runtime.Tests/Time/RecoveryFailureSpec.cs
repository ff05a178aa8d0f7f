using ActorDistribution.Runtime.Hosting;
using ActorDistribution.Runtime.Persistence;
using ActorDistribution.Runtime.Serialization;
using ActorDistribution.Runtime.Tests.Serialization;
using ActorDistribution.Runtime.Time;
using Akka.Actor;
using Akka.Event;
using Microsoft.Data.Sqlite;

namespace ActorDistribution.Runtime.Tests.Time;

/// <summary>
/// A journal row nobody can read back is a loud error naming the entity and the sequence number, on the
/// real plugin and serializer; and the virtual clock still settles (the failed recovery is no longer in flight).
/// </summary>
public sealed class RecoveryFailureSpec : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ad-recovery-" + Guid.NewGuid().ToString("N"));

    private string JournalPath => Path.Combine(_folder, "journal.db");

    [Fact]
    public async Task An_unknown_manifest_on_replay_names_the_persistence_id_and_sequence_number()
    {
        await using (var first = Start())
        {
            var cart = first.System.ActorOf(Props.Create(() => new Cart("cart-7")));
            Assert.Equal(1, await cart.Ask<int>(new ItemAdded("a", 1), TimeSpan.FromSeconds(30)));
            Assert.Equal(2, await cart.Ask<int>(new ItemAdded("b", 1), TimeSpan.FromSeconds(30)));
        }
        using (var connection = new SqliteConnection($"Data Source={JournalPath};Pooling=False"))
        {
            connection.Open();
            using var tamper = connection.CreateCommand();
            tamper.CommandText = "UPDATE journal SET manifest = 'nobody.knows.v9' WHERE persistence_id = 'cart-7' AND sequence_number = 2";
            Assert.Equal(1, tamper.ExecuteNonQuery());
        }

        await using var second = Start();
        var errors = new List<string>();
        var listener = second.System.ActorOf(Props.Create(() => new ErrorListener(errors)));
        second.System.EventStream.Subscribe(listener, typeof(Error));
        second.System.ActorOf(Props.Create(() => new Cart("cart-7")));
        VirtualTime.Settle(second.System);
        await listener.Ask<int>("count", TimeSpan.FromSeconds(10));
        lock (errors)
            Assert.Contains(errors, e => e.Contains("cart-7") && e.Contains("sequence number 2") && e.Contains("nobody.knows.v9"));
    }

    [Fact]
    public async Task A_command_to_an_entity_whose_recovery_failed_is_answered_with_the_cause_not_a_time_out()
    {
        await using (var first = Start())
        {
            var cart = first.System.ActorOf(Props.Create(() => new Cart("cart-8")));
            Assert.Equal(1, await cart.Ask<int>(new ItemAdded("a", 1), TimeSpan.FromSeconds(30)));
            Assert.Equal(2, await cart.Ask<int>(new ItemAdded("b", 1), TimeSpan.FromSeconds(30)));
        }
        Tamper("UPDATE journal SET manifest = 'nobody.knows.v9' WHERE persistence_id = 'cart-8' AND sequence_number = 1");

        await using var second = Start();
        var cart2 = second.System.ActorOf(Props.Create(() => new Cart("cart-8")));
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => cart2.Ask<int>(new ItemAdded("c", 1), TimeSpan.FromSeconds(10)));
        Assert.Contains("cart-8", failure.Message);
        Assert.Contains("sequence number 1", failure.Message);
        Assert.Contains("nobody.knows.v9", failure.Message);
        // It stays answering (it does not stop and leave the next caller to time out), and wrote nothing.
        await Assert.ThrowsAsync<InvalidOperationException>(() => cart2.Ask<int>(new ItemAdded("d", 1), TimeSpan.FromSeconds(10)));
        Assert.Equal(2L, Scalar("SELECT MAX(sequence_number) FROM journal WHERE persistence_id = 'cart-8'"));
    }

    [Fact]
    public async Task A_failed_write_answers_the_commands_sender_with_the_cause_before_the_actor_stops()
    {
        await using (var first = Start())
        {
            var cart = first.System.ActorOf(Props.Create(() => new Cart("cart-9")));
            Assert.Equal(1, await cart.Ask<int>(new ItemAdded("a", 1), TimeSpan.FromSeconds(30)));
        }
        Tamper("CREATE TRIGGER no_writes BEFORE INSERT ON journal BEGIN SELECT RAISE(FAIL, 'the disk says no'); END");

        await using var second = Start();
        var cart2 = second.System.ActorOf(Props.Create(() => new Cart("cart-9")));
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => cart2.Ask<int>(new ItemAdded("b", 1), TimeSpan.FromSeconds(10)));
        Assert.Contains("cart-9", failure.Message);
        Assert.Contains("#2", failure.Message);
        Assert.Contains("the disk says no", failure.Message);
    }

    private void Tamper(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={JournalPath};Pooling=False");
        connection.Open();
        using var tamper = connection.CreateCommand();
        tamper.CommandText = sql;
        tamper.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={JournalPath};Pooling=False");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = sql;
        return query.ExecuteScalar();
    }

    public void Dispose()
    {
        SqliteJournal.Release(JournalPath);
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private Node Start()
    {
        var journal = JournalSettings.ForSqlite(JournalPath);
        journal.Prepare();
        var config = journal.ToAkkaConfig().WithFallback(EventSerialization.AkkaConfig("ActorDistribution.Runtime.Tests"));
        return new Node(RuntimeActorSystem.Create("recovery", config, VirtualScheduler.DefaultStart), JournalPath);
    }

    private sealed record Node(ActorSystem System, string Path) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await System.Terminate();
            SqliteJournal.Release(Path);
        }
    }

    private sealed class Cart : TrackedPersistentActor
    {
        private int _items;

        public Cart(string id)
        {
            PersistenceId = id;
            Recover<ItemAdded>(_ => _items++);
            Command<ItemAdded>(added => Persist(added, _ => Sender.Tell(++_items)));
        }

        public override string PersistenceId { get; }
    }

    private sealed class ErrorListener : ReceiveActor
    {
        public ErrorListener(List<string> errors)
        {
            Receive<Error>(e => { lock (errors) errors.Add($"{e.Message} {e.Cause?.Message}"); });
            Receive<string>(_ => Sender.Tell(errors.Count));
        }
    }
}
