using Akka.Actor;
using Akka.Serialization;
using AkkaConfig = Akka.Configuration.Config;

namespace ActorDistribution.Runtime.Serialization;

/// <summary>
/// Akka's serializer for everything implementing <see cref="IJournalEvent"/>: the string manifest is the
/// type's <see cref="EventManifestAttribute"/> value and the payload is the <see cref="EventCodec"/>'s JSON.
/// Akka creates it from <c>akka.actor.serializers</c> (see <see cref="EventSerialization"/>) with the
/// <c>akka.actor.serialization-settings.distribution-events</c> section.
/// </summary>
public sealed class EventSerializer : SerializerWithStringManifest
{
    /// <summary>
    /// Stored in every journal and snapshot row (the serializer_id column) and looked up on replay:
    /// never change it, or existing rows can no longer be read. Akka reserves 0 to 40 for itself.
    /// </summary>
    public const int Id = 1_000_021;

    /// <summary>Akka calls this one when <c>serialization-settings.distribution-events</c> is absent.</summary>
    public EventSerializer(ExtendedActorSystem system)
        : this(system, system.Settings.Config.GetConfig(EventSerialization.SettingsPath))
    {
    }

    public EventSerializer(ExtendedActorSystem system, AkkaConfig? settings) : base(system)
    {
        var assemblies = settings is null || settings.IsEmpty ? [] : settings.GetStringList("assemblies");
        Codec = EventSerialization.CreateCodec(assemblies);
    }

    public override int Identifier => Id;

    /// <summary>The registry and JSON rules this serializer uses; audit code decodes journal rows with it.</summary>
    public EventCodec Codec { get; }

    public override string Manifest(object o) => Codec.ManifestOf(o.GetType());

    public override byte[] ToBinary(object obj) => Codec.Serialize(obj).Json;

    /// <summary>A row that cannot be decoded comes back as an <see cref="UndecodableEvent"/>, so its replay can name it.</summary>
    public override object FromBinary(byte[] bytes, string manifest)
    {
        try
        {
            return Codec.Deserialize(manifest, bytes);
        }
        catch (Exception problem) when (problem is UnknownManifestException or EventDeserializationException)
        {
            return new UndecodableEvent(manifest, bytes, problem.Message);
        }
    }
}
