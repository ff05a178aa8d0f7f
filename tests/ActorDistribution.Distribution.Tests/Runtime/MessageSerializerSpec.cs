using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Gateway;
using ActorDistribution.Distribution.Packages;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Runtime.Serialization;
using Akka.Actor;
using AkkaSerializationException = System.Runtime.Serialization.SerializationException;

namespace ActorDistribution.Distribution.Tests.Runtime;

/// <summary>What crosses nodes in a cluster: envelopes with the message inside, refs as paths, singletons as themselves; nothing unbound.</summary>
public sealed class MessageSerializerSpec : IDisposable
{
    private readonly ActorSystem _system = ActorSystem.Create("serializer-spec", EventSerialization.AkkaConfig("ActorDistribution.Distribution"));
    private readonly MessageSerializer _serializer;

    public MessageSerializerSpec() => _serializer = new MessageSerializer((ExtendedActorSystem)_system);

    public void Dispose() => _system.Terminate().Wait(TimeSpan.FromSeconds(10));

    private object RoundTrip(object message) => _serializer.FromBinary(_serializer.ToBinary(message), _serializer.Manifest(message));

    [Fact]
    public void An_envelope_keeps_its_entity_id_and_its_message_of_any_type()
    {
        var back = Assert.IsType<EntityEnvelope>(RoundTrip(new EntityEnvelope("NTSRV1/OFFICE97", new GetPackageVersion("2"))));
        Assert.Equal("NTSRV1/OFFICE97", back.EntityId);
        Assert.Equal(new GetPackageVersion("2"), back.Message);
    }

    [Fact]
    public void Requests_and_replies_keep_their_values_under_a_manifest_without_assembly_names()
    {
        Assert.Equal(new AddSite("CH2", "fast"), RoundTrip(new AddSite("CH2", "fast")));
        Assert.Equal(new Rejected("no site NOPE"), RoundTrip(new Rejected("no site NOPE")));
        Assert.Equal("Distribution.Requests.AddSite", _serializer.Manifest(new AddSite("CH2")));
    }

    [Fact]
    public void An_actor_ref_travels_as_its_path_and_resolves_to_the_same_actor()
    {
        var actor = _system.ActorOf(Props.Empty, "somebody");
        var back = Assert.IsType<PackageScanned>(RoundTrip(new PackageScanned("OFFICE97", "/src", [], true, actor)));
        Assert.Equal(actor.Path, back.ReplyTo.Path);
    }

    [Fact]
    public void A_message_without_public_constructor_comes_back_as_its_instance()
    {
        Assert.Same(GetCapInboxRows.Instance, RoundTrip(GetCapInboxRows.Instance));
        Assert.IsType<WakeUp>(RoundTrip(WakeUp.Instance));
    }

    [Fact]
    public void A_type_outside_the_registry_is_refused_at_the_sender()
    {
        var problem = Assert.Throws<AkkaSerializationException>(() => _serializer.Manifest(new Uri("http://example.org")));
        Assert.Contains("System.Uri crosses nodes", problem.Message);
    }
}
