using System.Text;
using System.Text.Json.Nodes;
using ActorDistribution.Persistence.Serialization;
using ActorDistribution.Persistence.Tests.Events;

namespace ActorDistribution.Persistence.Tests.Serialization;

public sealed class EventSerializerTests
{
    [Fact]
    public void Events_are_stored_under_their_manifest_never_their_clr_type_name()
    {
        var serialized = new EventSerializer().Serialize(new ItemAdded("hammer", 2), "a", 1);

        Assert.Equal("test.item-added.v2", serialized.Manifest);
        Assert.Equal("""{"item":"hammer","quantity":2}""", Encoding.UTF8.GetString(serialized.Payload));
    }

    [Fact]
    public void A_manifest_cannot_be_claimed_by_two_types()
    {
        var serializer = new EventSerializer().Register<ItemAdded>();

        Assert.Throws<InvalidOperationException>(() => serializer.Register<CounterState>("test.item-added.v2"));
    }

    [Fact]
    public void Registering_an_assembly_makes_its_manifests_known_for_replay()
    {
        var serializer = new EventSerializer().RegisterAssembly(typeof(ItemAdded).Assembly);
        var json = Encoding.UTF8.GetBytes("""{"count":7}""");

        Assert.Equal(new CounterState(7), serializer.Deserialize("test.counter-state.v1", json, "c", 1));
    }

    [Fact]
    public void Upcasters_chain_and_may_build_the_event_directly()
    {
        var serializer = new EventSerializer()
            .AddUpcaster(new JsonUpcaster("test.item-added.v0", "test.item-added.v1", old => new JsonObject { ["name"] = old["title"]!.GetValue<string>() }))
            .AddUpcaster(new ObjectUpcaster());

        var upcast = serializer.Deserialize("test.item-added.v0", Encoding.UTF8.GetBytes("""{"title":"saw"}"""), "a", 3);

        Assert.Equal(new ItemAdded("saw", 1), upcast);
    }

    [Fact]
    public void Json_that_does_not_fit_the_type_names_the_event()
    {
        var serializer = new EventSerializer().Register<CounterState>();

        var error = Assert.Throws<EventDeserializationException>(() =>
            serializer.Deserialize("test.counter-state.v1", Encoding.UTF8.GetBytes("""{"count":"many"}"""), "c", 9));
        Assert.Equal(("c", 9L), (error.PersistenceId, error.SequenceNr));
    }
}
