using ActorDistribution.Distribution.Runtime;
using Akka.Actor;

namespace ActorDistribution.Distribution.Tests.Runtime;

/// <summary>The region's side of passivation: an entity asks to stop, messages that come meanwhile wait, and it comes back with them.</summary>
public sealed class PassivationSpec : Akka.TestKit.Xunit2.TestKit
{
    [Fact]
    public void A_message_arriving_while_an_entity_stops_is_delivered_to_its_next_incarnation()
    {
        var region = Sys.ActorOf(EntityRegion.Props(id => Props.Create(() => new Stoppable(TestActor))));
        region.Tell(new EntityEnvelope("A", "passivate"));
        var first = ExpectMsg<Stopping>().Entity;

        region.Tell(new EntityEnvelope("A", "hello"));
        ExpectNoMsg(TimeSpan.FromMilliseconds(200));  // it waits in the region, not in the stopping entity
        Watch(first);
        first.Tell("go");
        ExpectTerminated(first);

        var (entity, text) = ExpectMsg<Heard>();
        Assert.Equal("hello", text);
        Assert.NotEqual(first, entity);
    }

    [Fact]
    public async Task A_passivated_entity_comes_back_on_its_next_message()
    {
        var region = Sys.ActorOf(EntityRegion.Props(id => Props.Create(() => new Stoppable(TestActor))));
        region.Tell(new EntityEnvelope("A", "passivate"));
        var first = ExpectMsg<Stopping>().Entity;
        Watch(first);
        first.Tell("go");
        ExpectTerminated(first);
        await AwaitAssertAsync(async () => Assert.Equal(0, (await region.Ask<EntityRegion.AwakeCount>(EntityRegion.GetAwakeCount.Instance)).Count));

        region.Tell(new EntityEnvelope("A", "hello"));

        Assert.Equal("hello", ExpectMsg<Heard>().Text);
        Assert.Equal(1, (await region.Ask<EntityRegion.AwakeCount>(EntityRegion.GetAwakeCount.Instance)).Count);
    }

    private sealed record Stopping(IActorRef Entity);

    private sealed record Heard(IActorRef Entity, string Text);

    /// <summary>Asks to stop on "passivate"; on the stop message it waits for "go", so a test can send to it mid-stop.</summary>
    private sealed class Stoppable : ReceiveActor
    {
        public Stoppable(IActorRef probe)
        {
            Receive<string>(m => m == "passivate", _ => Context.Parent.Tell(new Passivate(StopEntity.Instance)));
            Receive<StopEntity>(_ =>
            {
                probe.Tell(new Stopping(Self));
                Become(() => Receive<string>(m => m == "go", _ => Context.Stop(Self)));
            });
            Receive<string>(text => probe.Tell(new Heard(Self, text)));
        }
    }
}
