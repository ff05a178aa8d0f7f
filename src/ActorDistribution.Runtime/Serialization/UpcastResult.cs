namespace ActorDistribution.Runtime.Serialization;

/// <summary>What an upcaster made of an old event: new JSON under a newer manifest, or the event object itself.</summary>
public sealed class UpcastResult
{
    private UpcastResult(string? manifest, byte[]? json, object? @event)
    {
        Manifest = manifest;
        Json = json;
        Event = @event;
    }

    public string? Manifest { get; }
    public byte[]? Json { get; }
    public object? Event { get; }

    /// <summary>Continue deserialization (and further upcasting) with <paramref name="json"/> under <paramref name="manifest"/>.</summary>
    public static UpcastResult ToJson(string manifest, byte[] json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(manifest);
        ArgumentNullException.ThrowIfNull(json);
        return new(manifest, json, null);
    }

    /// <summary>The upcaster built the event itself.</summary>
    public static UpcastResult ToEvent(object @event) => new(null, null, @event ?? throw new ArgumentNullException(nameof(@event)));
}
