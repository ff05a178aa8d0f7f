// TEMPORARY: stand-ins until the Runtime helpers land; deleted at merge.
using Akka.Actor;
namespace ActorDistribution.Runtime.Serialization
{
    [AttributeUsage(AttributeTargets.Class)] public sealed class EventManifestAttribute(string manifest) : Attribute { public string Manifest { get; } = manifest; }
    public interface IJournalEvent { }
}
namespace ActorDistribution.Runtime.Serialization
{
    public interface IEventUpcaster { UpcastResult? TryUpcast(string manifest, ReadOnlySpan<byte> json); }
    public sealed class UpcastResult { public static UpcastResult ToEvent(object e) => new(); }
    public sealed class EventSerializer { public EventSerializer RegisterAssembly(System.Reflection.Assembly a) => this; }
}
