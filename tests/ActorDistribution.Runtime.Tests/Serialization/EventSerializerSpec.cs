using System.Text;
using ActorDistribution.Runtime.Serialization;
using Akka.Actor;
using Akka.Serialization;
using Akka.TestKit.Xunit2;

namespace ActorDistribution.Runtime.Tests.Serialization;

/// <summary>The serializer as Akka (and so Akka.Persistence) finds and uses it, from our configuration fragment.</summary>
public sealed class EventSerializerSpec() : TestKit(EventSerialization.Hocon("ActorDistribution.Runtime.Tests"))
{
    private Akka.Serialization.Serialization Serialization => Sys.Serialization;

    [Fact]
    public void Journal_events_are_bound_to_the_event_serializer_under_its_stable_id()
    {
        var serializer = Serialization.FindSerializerFor(new ItemAdded("hammer", 2));

        Assert.IsType<EventSerializer>(serializer);
        Assert.Equal(1_000_021, serializer.Identifier);
    }

    [Fact]
    public void The_manifest_is_the_attribute_value_and_the_event_round_trips()
    {
        var @event = new ItemAdded("hammer", 2);
        var serializer = Serialization.FindSerializerFor(@event);

        var manifest = Akka.Serialization.Serialization.ManifestFor(serializer, @event);
        var bytes = Serialization.Serialize(@event);

        Assert.Equal("test.item-added.v2", manifest);
        Assert.Equal("""{"item":"hammer","quantity":2}""", Encoding.UTF8.GetString(bytes));
        Assert.Equal(@event, Serialization.Deserialize(bytes, serializer.Identifier, manifest));
    }

    [Fact]
    public void An_unknown_manifest_comes_back_undecodable_naming_it_so_the_replay_can_fail_loudly()
    {
        var undecodable = Assert.IsType<UndecodableEvent>(Serialization.Deserialize(Encoding.UTF8.GetBytes("{}"), EventSerializer.Id, "site.renamed.v3"));

        Assert.Equal("site.renamed.v3", undecodable.Manifest);
        Assert.Contains("site.renamed.v3", undecodable.Reason);
    }

    [Fact]
    public void A_configured_upcaster_reads_a_v1_row_as_the_v2_event()
    {
        var upcast = Serialization.Deserialize(Encoding.UTF8.GetBytes("""{"name":"saw"}"""), EventSerializer.Id, "test.item-added.v1");

        Assert.Equal(new ItemAdded("saw", 1), upcast);
    }

    [Fact]
    public void A_journal_event_without_manifest_fails_loudly_on_write()
    {
        var unmarked = new Unmarked("x");
        var serializer = Serialization.FindSerializerFor(unmarked);

        Assert.IsType<EventSerializer>(serializer);
        var manifestError = Assert.Throws<MissingEventManifestException>(() => Akka.Serialization.Serialization.ManifestFor(serializer, unmarked));
        Assert.Contains(typeof(Unmarked).FullName!, manifestError.Message);
        Assert.Contains("add [EventManifest", manifestError.Message);
        Assert.Throws<MissingEventManifestException>(() => Serialization.Serialize(unmarked));
    }

    [Fact]
    public void Audit_code_decodes_rows_with_the_codec_the_system_uses()
    {
        var codec = EventSerialization.Codec(Sys);
        var bytes = Serialization.Serialize(new CounterState(7));

        Assert.Same(((EventSerializer)Serialization.FindSerializerForType(typeof(CounterState))).Codec, codec);
        Assert.Equal(new CounterState(7), codec.Deserialize("test.counter-state.v1", bytes));
    }

    [Fact]
    public void A_system_without_the_fragment_has_no_codec_to_offer()
    {
        using var plain = ActorSystem.Create("plain");

        Assert.Throws<InvalidOperationException>(() => EventSerialization.Codec(plain));
    }

    [Fact]
    public void A_system_whose_serializer_knows_no_assemblies_does_not_start()
    {
        // Akka builds serializers by reflection, so our error arrives wrapped; it must still be in the chain.
        var error = Record.Exception(() => ActorSystem.Create("no-events", EventSerialization.AkkaConfig()).Dispose());

        Assert.NotNull(error);
        Assert.Contains(Chain(error), e => e is Akka.Configuration.ConfigurationException && e.Message.Contains(EventSerialization.SettingsPath));
    }

    private static IEnumerable<Exception> Chain(Exception? error)
    {
        for (; error is not null; error = error.InnerException) yield return error;
    }
}
