using Akka.Actor;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Distribution.Tests.Gateway;
using ActorDistribution.Hocon;
using ActorDistribution.Runtime.Hosting;
using ActorDistribution.Runtime.Persistence;
using ActorDistribution.Runtime.Time;
using ActorDistribution.Shares;
using Akka.Persistence.Query;
using Akka.Persistence.Sql.Query;
using Akka.Streams;
using Akka;
using Akka.Streams.Dsl;

namespace ActorDistribution.Distribution.Tests.Runtime;

/// <summary>
/// A test kit for domain actors on Akka: a virtual clock, the real journal plugin on a SQLite file of the
/// test's own (so a test can stop actors or the whole system and recover from it), an in-memory share host,
/// the reference configuration. Time moves only by <see cref="Advance"/>, which settles after each due time.
/// </summary>
public abstract class DistributionTestKit : Akka.TestKit.Xunit2.TestKit
{
    private readonly TempDirectory _data;

    protected DistributionTestKit(string? overrides = null) : this(Build(overrides)) { }

    private DistributionTestKit(Setup setup) : base(setup.System)
    {
        _data = setup.Data;
        Config = setup.Config;
        Shares = new InMemoryShareHost(new SchedulerTimeProvider(Sys.Scheduler));
        Faults = new FaultyShareHost(Shares);
        // Registered once (Akka keeps the first extension): a spec injects faults through Faults instead.
        DistributionRuntime.Register(Sys, new DistributionRuntime(Config, Faults));
    }

    protected Config Config { get; }
    protected InMemoryShareHost Shares { get; }

    /// <summary>The share host the actors work on: <see cref="Shares"/>, with faults a spec can switch on.</summary>
    internal FaultyShareHost Faults { get; }
    protected VirtualScheduler Clock => VirtualTime.Clock(Sys);

    /// <summary>The journal file of this test (Akka.Persistence.Sql's tables).</summary>
    protected string JournalPath => JournalSettings.FromConfig(Config).SqlitePath;

    /// <summary>Moves virtual time forward, firing due timers in order and letting actors settle after each.</summary>
    protected void Advance(TimeSpan by) => VirtualTime.Advance(Sys, by);

    /// <summary>Lets every actor finish what it is doing, and whatever is due now fire, without moving the clock.</summary>
    protected void Settle() => VirtualTime.Advance(Sys, TimeSpan.Zero);

    /// <summary>Settles, then asserts that nothing reached the test actor: on a virtual clock no wall time needs to pass.</summary>
    protected void ExpectNoMsg()
    {
        Settle();
        base.ExpectNoMsg(TimeSpan.Zero);
    }

    /// <summary>Every event of one entity as stored, in order (through the plugin's read journal).</summary>
    protected async Task<IReadOnlyList<object>> EventsOf(string persistenceId)
    {
        Settle();
        var journal = PersistenceQuery.Get(Sys).ReadJournalFor<SqlReadJournal>(SqlReadJournal.Identifier);
        var envelopes = await journal.CurrentEventsByPersistenceId(persistenceId, 0, long.MaxValue)
            .RunWith(Sink.Seq<EventEnvelope>(), Sys.Materializer());
        return envelopes.Select(e => e.Event).ToList();
    }

    /// <summary>
    /// Appends events to an entity's journal as its actor would have, for specs that stage what a crash left
    /// behind (the entity's own actor must not be running): a stand-in writer recovers to the last sequence
    /// number and persists them.
    /// </summary>
    protected void Append(string persistenceId, params object[] events)
    {
        var writer = Sys.ActorOf(Props.Create(() => new JournalAppender(persistenceId)));
        writer.Ask<Done>(events, TimeSpan.FromSeconds(30)).Wait(TimeSpan.FromSeconds(30));
        Watch(writer);
        Sys.Stop(writer);
        ExpectTerminated(writer);
    }

    private sealed class JournalAppender : TrackedPersistentActor
    {
        public JournalAppender(string persistenceId)
        {
            PersistenceId = persistenceId;
            RecoverAny(_ => { });
            Command<object[]>(events =>
            {
                PersistAll(events, _ => { });
                DeferAsync(Done.Instance, done => Sender.Tell(done));
            });
        }

        public override string PersistenceId { get; }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing); // terminates the system first: the journal file is free only then
        if (!disposing) return;
        SqliteJournal.Release(JournalPath);
        _data.Dispose();
    }

    private static Setup Build(string? overrides)
    {
        var data = new TempDirectory();
        var config = ConfigFactory.ParseString($"persistence.sqlite.path = \"{Path.Combine(data.Path, "journal.db")}\"", "test-journal.conf")
            .WithFallback(overrides is null ? ConfigFactory.Reference() : ConfigFactory.ParseString(overrides, "test-overrides.conf").WithFallback(ConfigFactory.Reference()));
        return new Setup(data, config, RuntimeActorSystem.Create("test", config, VirtualScheduler.DefaultStart));
    }

    private sealed record Setup(TempDirectory Data, Config Config, ActorSystem System);
}
