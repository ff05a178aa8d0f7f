namespace ActorDistribution.Persistence.Serialization;

/// <summary>Turns a stored event of an old shape (renamed or changed) into the current one on read.</summary>
public interface IEventUpcaster
{
    /// <summary>Returns null when this upcaster does not handle <paramref name="manifest"/>.</summary>
    UpcastResult? TryUpcast(string manifest, ReadOnlySpan<byte> json);
}
