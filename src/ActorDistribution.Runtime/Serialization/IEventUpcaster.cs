namespace ActorDistribution.Runtime.Serialization;

/// <summary>
/// Turns a stored event of an old shape (renamed or changed) into the current one on read.
/// Public non-abstract implementations with a parameterless constructor in a configured assembly
/// are picked up by <see cref="EventSerializer"/> automatically.
/// </summary>
public interface IEventUpcaster
{
    /// <summary>Returns null when this upcaster does not handle <paramref name="manifest"/>.</summary>
    UpcastResult? TryUpcast(string manifest, ReadOnlySpan<byte> json);
}
