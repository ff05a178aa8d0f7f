using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Audit;

/// <summary>The audit's last upcaster: any manifest no type or upcaster claimed becomes an <see cref="UnknownEvent"/>.</summary>
internal sealed class UnknownEventUpcaster : IEventUpcaster
{
    public UpcastResult? TryUpcast(string manifest, ReadOnlySpan<byte> json) => UpcastResult.ToEvent(new UnknownEvent(manifest, json.ToArray()));
}

/// <summary>
/// A stored event whose manifest this build does not know (a journal written by a newer version, or by another
/// component): the audit keeps it as stored instead of stopping, shows and exports it unchanged, and replays skip it.
/// </summary>
public sealed record UnknownEvent(string Manifest, byte[] Json);
