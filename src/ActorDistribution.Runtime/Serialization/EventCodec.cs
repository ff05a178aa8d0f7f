using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace ActorDistribution.Runtime.Serialization;

/// <summary>
/// System.Text.Json encoding of events and snapshots under explicit manifests, with upcasters on read.
/// Independent of Akka so audit tools can decode journal rows with the registry a running system uses
/// (see <see cref="EventSerialization.Codec"/>). Thread-safe; register types before the first replay
/// (a type marked with <see cref="EventManifestAttribute"/> registers itself when first serialized,
/// but replay in a fresh process needs it registered up front).
/// </summary>
public sealed class EventCodec
{
    // Guards against upcasters that map manifests in a cycle.
    private const int MaxUpcastSteps = 32;
    private readonly ConcurrentDictionary<Type, string> _manifestByType = new();
    private readonly ConcurrentDictionary<string, Type> _typeByManifest = new();
    private readonly List<IEventUpcaster> _upcasters = [];
    private readonly JsonSerializerOptions _json;

    /// <summary>Default JSON: camelCase names, matched case-sensitively (case-insensitive matching slows replay).</summary>
    public EventCodec(JsonSerializerOptions? json = null)
    {
        _json = json ?? new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        // Deserialize goes through GetTypeInfo, which needs a resolver even before the first Serialize.
        if (!_json.IsReadOnly) _json.MakeReadOnly(populateMissingResolver: true);
    }

    /// <summary>Every manifest registered so far, with its type.</summary>
    public IReadOnlyDictionary<string, Type> Manifests => _typeByManifest;

    /// <summary>Registers every type of <paramref name="assembly"/> marked with <see cref="EventManifestAttribute"/>.</summary>
    public EventCodec RegisterAssembly(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes())
            if (type.GetCustomAttribute<EventManifestAttribute>() is { } attribute) Register(type, attribute.Manifest);
        return this;
    }

    public EventCodec Register<T>(string? manifest = null) => Register(typeof(T), manifest);

    /// <summary>Registers <paramref name="type"/> under <paramref name="manifest"/> (default: its attribute).</summary>
    public EventCodec Register(Type type, string? manifest = null)
    {
        ArgumentNullException.ThrowIfNull(type);
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
    public EventCodec AddUpcaster(IEventUpcaster upcaster)
    {
        ArgumentNullException.ThrowIfNull(upcaster);
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

    /// <summary>The manifest <paramref name="type"/> is stored under, or <see cref="MissingEventManifestException"/>.</summary>
    public string ManifestOf(Type type) =>
        TryGetManifest(type, out var manifest) ? manifest : throw new MissingEventManifestException(type);

    /// <summary>The manifest and UTF-8 JSON of <paramref name="event"/>; a type without manifest throws <see cref="MissingEventManifestException"/>.</summary>
    public (string Manifest, byte[] Json) Serialize(object @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var type = @event.GetType();
        return (ManifestOf(type), JsonSerializer.SerializeToUtf8Bytes(@event, type, _json));
    }

    /// <summary>Deserializes a stored event, upcasting first; an unknown manifest throws <see cref="UnknownManifestException"/>.</summary>
    public object Deserialize(string manifest, ReadOnlySpan<byte> json)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        byte[]? upcastJson = null;
        for (var step = 0; ; step++)
        {
            var current = upcastJson is null ? json : upcastJson;
            if (_typeByManifest.TryGetValue(manifest, out var type)) return FromJson(current, type, manifest);
            var result = step < MaxUpcastSteps ? Upcast(manifest, current) : null;
            if (result is null) throw new UnknownManifestException(manifest);
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

    private object FromJson(ReadOnlySpan<byte> json, Type type, string manifest)
    {
        try
        {
            return JsonSerializer.Deserialize(json, _json.GetTypeInfo(type))
                ?? throw new JsonException("payload is JSON null");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException)
        {
            throw new EventDeserializationException(manifest, type, e);
        }
    }
}
