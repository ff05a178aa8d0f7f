using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.StuckLockRemedies;
using ActorDistribution.Distribution.Tests.Simulation;
using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Tests;

/// <summary>Events written to the journal as JSON replay into the same states: what recovery and the audit rely on.</summary>
public sealed class JournalRoundTripSpec
{
    private static readonly EventCodec Codec = new EventCodec().RegisterAssembly(typeof(Inbox).Assembly);

    [Fact]
    public void A_whole_remedy_run_replays_from_json_into_the_same_states()
    {
        var world = InboxScenario.HeavyLegacyPolling(deleteAttempts: 10);
        world.WatchLocks();
        world.RunFor(TimeSpan.FromMinutes(3));

        var supervisor = StuckLockSupervisor.Replay(InboxWorld.Site, RoundTrip(world.SupervisorJournal));
        Assert.Equal(world.Supervisor.Step, supervisor.Step);
        Assert.Equal(world.Supervisor.StepDueAt, supervisor.StepDueAt);
        Assert.Equal(world.Supervisor.Rules, supervisor.Rules);

        var manager = InboxManager.Replay(InboxWorld.Site, RoundTrip(world.ManagerJournal));
        Assert.Equal(world.Manager.Status, manager.Status);
        Assert.Equal(world.Manager.NextScanAt, manager.NextScanAt);

        foreach (var (address, journal) in world.InboxJournal)
        {
            var inbox = Inbox.Replay(address, RoundTrip(journal));
            Assert.Equal(world.Inboxes[address].ReplicatedVersion, inbox.ReplicatedVersion);
            Assert.Equal(world.Inboxes[address].Alarms, inbox.Alarms);
        }

        foreach (var (name, journal) in world.ClientJournal)
        {
            var client = Client.Replay(name, RoundTrip(journal));
            Assert.Equal(world.Clients[name].Log, client.Log);
            Assert.Equal(world.Clients[name].StepDueAt, client.StepDueAt);
        }
    }

    private static IEnumerable<T> RoundTrip<T>(IEnumerable<T> events) where T : class
        => events.Select(e =>
        {
            var (manifest, json) = Codec.Serialize(e);
            return (T)Codec.Deserialize(manifest, json);
        }).ToList();
}
