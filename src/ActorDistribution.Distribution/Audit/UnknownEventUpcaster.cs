using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Audit;

/// <summary>The audit's last upcaster: any manifest no type or upcaster claimed becomes an <see cref="UnknownEvent"/>.</summary>
internal sealed class UnknownEventUpcaster : IEventUpcaster
{
    public UpcastResult? TryUpcast(string manifest, ReadOnlySpan<byte> json) => UpcastResult.ToEvent(new UnknownEvent(manifest, json.ToArray()));
}
