using System.Reflection;
using System.Reflection.Emit;
using System.Text;
using System.Text.Json.Nodes;
using ActorDistribution.Runtime.Serialization;
using Akka.Configuration;

namespace ActorDistribution.Runtime.Tests.Serialization;

public sealed class EventCodecTests
{
    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    [Fact]
    public void Events_are_stored_under_their_manifest_never_their_clr_type_name()
    {
        var (manifest, json) = new EventCodec().Serialize(new ItemAdded("hammer", 2));

        Assert.Equal("test.item-added.v2", manifest);
        Assert.Equal("""{"item":"hammer","quantity":2}""", Encoding.UTF8.GetString(json));
    }

    [Fact]
    public void Property_names_are_matched_case_sensitively()
    {
        var codec = new EventCodec().Register<CounterState>();

        Assert.Equal(new CounterState(0), codec.Deserialize("test.counter-state.v1", Utf8("""{"Count":7}""")));
    }

    [Fact]
    public void A_manifest_cannot_be_claimed_by_two_types()
    {
        var codec = new EventCodec().Register<ItemAdded>();

        Assert.Throws<InvalidOperationException>(() => codec.Register<CounterState>("test.item-added.v2"));
    }

    [Fact]
    public void Registering_an_assembly_makes_its_manifests_known_for_replay()
    {
        var codec = new EventCodec().RegisterAssembly(typeof(ItemAdded).Assembly);

        Assert.Equal(new CounterState(7), codec.Deserialize("test.counter-state.v1", Utf8("""{"count":7}""")));
    }

    [Fact]
    public void Upcasters_chain_and_may_build_the_event_directly()
    {
        var codec = new EventCodec()
            .AddUpcaster(new JsonUpcaster("test.item-added.v0", ObjectUpcaster.Manifest, old => new JsonObject { ["name"] = old["title"]!.GetValue<string>() }))
            .AddUpcaster(new ObjectUpcaster());

        Assert.Equal(new ItemAdded("saw", 1), codec.Deserialize("test.item-added.v0", Utf8("""{"title":"saw"}""")));
    }

    [Fact]
    public void An_unknown_manifest_names_itself()
    {
        var error = Assert.Throws<UnknownManifestException>(() => new EventCodec().Register<ItemAdded>().Deserialize("site.renamed.v3", Utf8("{}")));

        Assert.Equal("site.renamed.v3", error.Manifest);
        Assert.Contains("'site.renamed.v3'", error.Message);
    }

    [Fact]
    public void Upcasters_that_map_in_a_cycle_end_as_an_unknown_manifest()
    {
        var codec = new EventCodec()
            .AddUpcaster(new JsonUpcaster("test.a", "test.b", node => node))
            .AddUpcaster(new JsonUpcaster("test.b", "test.a", node => node));

        Assert.Throws<UnknownManifestException>(() => codec.Deserialize("test.a", Utf8("{}")));
    }

    [Fact]
    public void Json_that_does_not_fit_the_type_names_the_manifest()
    {
        var codec = new EventCodec().Register<CounterState>();

        var error = Assert.Throws<EventDeserializationException>(() => codec.Deserialize("test.counter-state.v1", Utf8("""{"count":"many"}""")));
        Assert.Equal(("test.counter-state.v1", typeof(CounterState)), (error.Manifest, error.Type));
    }

    [Fact]
    public void A_type_without_manifest_is_not_serialized()
    {
        var error = Assert.Throws<MissingEventManifestException>(() => new EventCodec().Serialize(new Unmarked("x")));

        Assert.Equal(typeof(Unmarked), error.EventType);
        Assert.Contains("add [EventManifest", error.Message);
    }

    [Fact]
    public void Configured_assemblies_contribute_their_public_upcasters_only()
    {
        var codec = EventSerialization.CreateCodec(["ActorDistribution.Runtime.Tests"]);

        Assert.Equal(new ItemAdded("saw", 1), codec.Deserialize("test.item-added.v1", Utf8("""{"name":"saw"}""")));
        Assert.Throws<UnknownManifestException>(() => codec.Deserialize(ObjectUpcaster.Manifest, Utf8("""{"name":"saw"}""")));
    }

    [Fact]
    public void An_assembly_that_cannot_be_loaded_is_named()
    {
        var error = Assert.Throws<ConfigurationException>(() => EventSerialization.CreateCodec(["ActorDistribution.NoSuchAssembly"]));

        Assert.Contains("'ActorDistribution.NoSuchAssembly'", error.Message);
    }

    [Fact]
    public void No_configured_assemblies_is_a_configuration_error()
    {
        Assert.Throws<ConfigurationException>(() => EventSerialization.CreateCodec(Array.Empty<string>()));
    }

    [Fact]
    public void A_manifest_type_that_Akka_would_not_route_to_the_event_serializer_is_refused()
    {
        // An [EventManifest] type outside IJournalEvent would go to Akka's default JSON serializer unnoticed.
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("UnboundEvents"), AssemblyBuilderAccess.Run);
        var type = assembly.DefineDynamicModule("UnboundEvents").DefineType("UnboundEvents.Forgotten", TypeAttributes.Public | TypeAttributes.Sealed);
        type.SetCustomAttribute(new CustomAttributeBuilder(typeof(EventManifestAttribute).GetConstructor([typeof(string)])!, ["test.forgotten.v1"]));
        type.CreateType();

        var error = Assert.Throws<ConfigurationException>(() => EventSerialization.CreateCodec([assembly]));
        Assert.Contains("UnboundEvents.Forgotten", error.Message);
    }
}
