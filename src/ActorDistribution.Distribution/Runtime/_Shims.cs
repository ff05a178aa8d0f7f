// TEMPORARY: stand-ins until the Runtime helpers land; deleted at merge.
using Akka.Actor;
namespace ActorDistribution.Runtime.Time
{
    public abstract class TrackedPersistentActor : Akka.Persistence.ReceivePersistentActor { }
    public static class PipeTrackedShim
    {
        public static Task PipeToTracked<T>(this Task<T> task, IActorContext context, ICanTell recipient, IActorRef? sender = null, Func<T, object>? success = null, Func<Exception, object>? failure = null)
            => task.PipeTo(recipient, sender, success, failure);
    }
}
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
