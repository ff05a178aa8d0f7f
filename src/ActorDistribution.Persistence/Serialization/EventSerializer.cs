using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace ActorDistribution.Persistence.Serialization;

/// <summary>
/// System.Text.Json serialization of events and snapshots under explicit manifests, with upcasters on read.
/// Thread-safe; register types before the first replay (a type marked with <see cref="EventManifestAttribute"/>
/// registers itself when first serialized, but replay in a fresh process needs it registered up front).
/// </summary>
public sealed class EventSerializer
{
    private const int MaxUpcastSteps = 32;
    private readonly ConcurrentDictionary<Type, string> _manifestByType = new();
    private readonly ConcurrentDictionary<string, Type> _typeByManifest = new();
    private readonly List<IEventUpcaster> _upcasters = [];
    private readonly JsonSerializerOptions _json;

    /// <summary>Default JSON: camelCase names, matched case-sensitively (case-insensitive matching slows replay).</summary>
    public EventSerializer(JsonSerializerOptions? json = null)
    {
        _json = json ?? new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        // Deserialize goes through GetTypeInfo, which needs a resolver even before the first Serialize.
        if (!_json.IsReadOnly) _json.MakeReadOnly(populateMissingResolver: true);
    }

    /// <summary>Registers every type of <paramref name="assembly"/> marked with <see cref="EventManifestAttribute"/>.</summary>
    public EventSerializer RegisterAssembly(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes())
            if (type.GetCustomAttribute<EventManifestAttribute>() is { } attribute) Register(type, attribute.Manifest);
        return this;
    }

    public EventSerializer Register<T>(string? manifest = null) => Register(typeof(T), manifest);

    /// <summary>Registers <paramref name="type"/> under <paramref name="manifest"/> (default: its attribute).</summary>
    public EventSerializer Register(Type type, string? manifest = null)
    {
        manifest ??= type.GetCustomAttribute<EventManifestAttribute>()?.Manifest
            ?? throw new ArgumentException($"{type.FullName} has no [EventManifest] and no manifest was given", nameof(type));
        if (string.IsNullOrWhiteSpace(manifest)) throw new ArgumentException("manifest must not be blank", nameof(manifest));
        var registered = _typeByManifest.GetOrAdd(manifest, type);
        if (registered != type)
            throw new InvalidOperationException($"manifest '{manifest}' is already registered for {registered.FullName}");
        _manifestByType[type] = manifest;
        return this;
    }

    /// <summary>Upcasters are tried in the order added, repeatedly, until none applies.</summary>
    public EventSerializer AddUpcaster(IEventUpcaster upcaster)
    {
        lock (_upcasters) _upcasters.Add(upcaster);
        return this;
    }

    public bool TryGetManifest(Type type, out string manifest)
    {
        if (_manifestByType.TryGetValue(type, out manifest!)) return true;
        if (type.GetCustomAttribute<EventManifestAttribute>() is not { } attribute) return false;
        Register(type, attribute.Manifest);
        manifest = attribute.Manifest;
        return true;
    }

    /// <summary>Serializes or throws <see cref="EventRejectedException"/>; never writes anything itself.</summary>
    public SerializedEvent Serialize(object @event, string persistenceId, long sequenceNr)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var type = @event.GetType();
        if (!TryGetManifest(type, out var manifest))
            throw new EventRejectedException(persistenceId, sequenceNr, type, "no manifest: add [EventManifest] or register the type");
        try
        {
            return new SerializedEvent(manifest, JsonSerializer.SerializeToUtf8Bytes(@event, type, _json));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new EventRejectedException(persistenceId, sequenceNr, type, e.Message, e);
        }
    }

    /// <summary>Deserializes a stored event, upcasting first; an unknown manifest throws <see cref="UnknownManifestException"/>.</summary>
    public object Deserialize(string manifest, ReadOnlySpan<byte> payload, string persistenceId, long sequenceNr)
    {
        byte[]? upcastJson = null;
        for (var step = 0; ; step++)
        {
            var json = upcastJson is null ? payload : upcastJson;
            if (_typeByManifest.TryGetValue(manifest, out var type)) return FromJson(json, type, manifest, persistenceId, sequenceNr);
            var result = step < MaxUpcastSteps ? Upcast(manifest, json) : null;
            if (result is null) throw new UnknownManifestException(persistenceId, sequenceNr, manifest);
            if (result.Event is { } done) return done;
            manifest = result.Manifest!;
            upcastJson = result.Json!;
        }
    }

    private UpcastResult? Upcast(string manifest, ReadOnlySpan<byte> json)
    {
        lock (_upcasters)
        {
            foreach (var upcaster in _upcasters)
                if (upcaster.TryUpcast(manifest, json) is { } result) return result;
        }
        return null;
    }

    private object FromJson(ReadOnlySpan<byte> json, Type type, string manifest, string persistenceId, long sequenceNr)
    {
        try
        {
            return JsonSerializer.Deserialize(json, _json.GetTypeInfo(type))
                ?? throw new JsonException("payload is JSON null");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException)
        {
            throw new EventDeserializationException(persistenceId, sequenceNr, manifest, e);
        }
    }
}
