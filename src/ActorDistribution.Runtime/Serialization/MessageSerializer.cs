using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using SerializationException = System.Runtime.Serialization.SerializationException;
using Akka.Actor;
using Akka.Serialization;
using AkkaConfig = Akka.Configuration.Config;

namespace ActorDistribution.Runtime.Serialization;

/// <summary>
/// Akka's serializer for every message that crosses nodes in a cluster (commands, replies, envelopes): bound to
/// <c>System.Object</c> in cluster mode, so nothing falls through to Akka's Newtonsoft serializer and its CLR type
/// names. JSON by System.Text.Json; the manifest is a type's [EventManifest] when it has one, otherwise its name
/// in the scanned assemblies (<see cref="MessageManifests"/>). Actor refs travel as their serialized paths; a field of
/// type object or of an abstract type carries its value's manifest. A type outside the registry is refused at the sender.
/// </summary>
public sealed class MessageSerializer : SerializerWithStringManifest
{
    /// <summary>Fixed, like <see cref="EventSerializer.Id"/>; only in-flight messages carry it (nothing is stored with it).</summary>
    public const int Id = 1_000_022;

    private readonly MessageManifests _manifests;
    private readonly JsonSerializerOptions _json;

    public MessageSerializer(ExtendedActorSystem system)
        : this(system, system.Settings.Config.GetConfig(EventSerialization.SettingsPath))
    {
    }

    public MessageSerializer(ExtendedActorSystem system, AkkaConfig? settings) : base(system)
    {
        var assemblies = settings is null || settings.IsEmpty ? [] : settings.GetStringList("assemblies");
        _manifests = MessageManifests.Scan(assemblies.Prepend(typeof(MessageSerializer).Assembly.GetName().Name!));
        _json = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, IncludeFields = false };
        _json.Converters.Add(new ActorRefConverter(system));
        _json.Converters.Add(new PolymorphicConverterFactory(_manifests));
        _json.MakeReadOnly(populateMissingResolver: true);
    }

    public override int Identifier => Id;

    public override string Manifest(object o) => _manifests.ManifestOf(o.GetType());

    public override byte[] ToBinary(object obj)
    {
        var type = obj.GetType();
        _manifests.ManifestOf(type);  // refuse an unregistered type before writing anything
        return MessageManifests.SingletonOf(type) is not null ? [] : JsonSerializer.SerializeToUtf8Bytes(obj, type, _json);
    }

    public override object FromBinary(byte[] bytes, string manifest)
    {
        var type = _manifests.TypeOf(manifest);
        return MessageManifests.SingletonOf(type) ?? JsonSerializer.Deserialize(bytes, type, _json)
            ?? throw new SerializationException($"message {manifest}: payload is JSON null");
    }

    /// <summary>An actor ref as its full serialized path (with this node's address), resolved back on the receiving node.</summary>
    private sealed class ActorRefConverter(ExtendedActorSystem system) : JsonConverter<IActorRef>
    {
        public override bool CanConvert(Type typeToConvert) => typeof(IActorRef).IsAssignableFrom(typeToConvert);

        public override IActorRef Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var path = reader.GetString();
            return string.IsNullOrEmpty(path) ? ActorRefs.Nobody : system.Provider.ResolveActorRef(path);
        }

        public override void Write(Utf8JsonWriter writer, IActorRef value, JsonSerializerOptions options)
        {
            if (value is null || value.IsNobody()) writer.WriteStringValue("");
            else writer.WriteStringValue(Akka.Serialization.Serialization.SerializedActorPath(value));
        }
    }

    /// <summary>Fields typed object, or an abstract class or interface of ours: {"m": manifest, "v": value}.</summary>
    private sealed class PolymorphicConverterFactory(MessageManifests manifests) : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert == typeof(object) || ((typeToConvert.IsAbstract || typeToConvert.IsInterface) && manifests.Owns(typeToConvert));

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(PolymorphicConverter<>).MakeGenericType(typeToConvert), manifests)!;
    }

    private sealed class PolymorphicConverter<T>(MessageManifests manifests) : JsonConverter<T> where T : class
    {
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null) return null;
            using var document = JsonDocument.ParseValue(ref reader);
            var type = manifests.TypeOf(document.RootElement.GetProperty("m").GetString()!);
            return (T?)(MessageManifests.SingletonOf(type) ?? document.RootElement.GetProperty("v").Deserialize(type, options));
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            var type = value.GetType();
            writer.WriteStartObject();
            writer.WriteString("m", manifests.ManifestOf(type));
            writer.WritePropertyName("v");
            JsonSerializer.Serialize(writer, value, type, options);
            writer.WriteEndObject();
        }
    }
}

/// <summary>
/// The message types <see cref="MessageSerializer"/> knows: every concrete type of the scanned assemblies (not actors,
/// not compiler-generated), under its [EventManifest] or its full name without the <c>ActorDistribution.</c> prefix, and
/// the plain values of the base library (strings, numbers, times) under <c>clr:</c> and their name.
/// </summary>
public sealed class MessageManifests
{
    private const string Prefix = "ActorDistribution.";
    private readonly Dictionary<Type, string> _manifestByType = [];
    private readonly Dictionary<string, Type> _typeByManifest = new(StringComparer.Ordinal);
    private readonly HashSet<Assembly> _assemblies = [];
    private static readonly ConcurrentDictionary<Type, object?> Singletons = new();

    public IReadOnlyDictionary<string, Type> Manifests => _typeByManifest;

    public static MessageManifests Scan(IEnumerable<string> assemblyNames)
    {
        var manifests = new MessageManifests();
        foreach (var name in assemblyNames.Distinct(StringComparer.Ordinal)) manifests.Add(Assembly.Load(new AssemblyName(name)));
        return manifests;
    }

    public void Add(Assembly assembly)
    {
        if (!_assemblies.Add(assembly)) return;
        foreach (var type in assembly.GetTypes())
        {
            if (type.IsAbstract || type.IsInterface || type.ContainsGenericParameters || type.IsDefined(typeof(CompilerGeneratedAttribute), false)
                || type.Name.Contains('<') || typeof(ActorBase).IsAssignableFrom(type) || typeof(Delegate).IsAssignableFrom(type)) continue;
            var manifest = type.GetCustomAttribute<EventManifestAttribute>()?.Manifest
                ?? (type.FullName!.StartsWith(Prefix, StringComparison.Ordinal) ? type.FullName[Prefix.Length..] : type.FullName);
            if (!_typeByManifest.TryAdd(manifest, type))
                throw new InvalidOperationException($"message manifest '{manifest}' is taken by both {_typeByManifest[manifest].FullName} and {type.FullName}");
            _manifestByType[type] = manifest;
        }
    }

    public bool Owns(Type type) => _assemblies.Contains(type.Assembly);

    public string ManifestOf(Type type)
    {
        if (_manifestByType.TryGetValue(type, out var manifest)) return manifest;
        if (type.Assembly == typeof(string).Assembly && (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
                || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(TimeSpan) || type == typeof(Guid)))
            return "clr:" + type.FullName;
        throw new SerializationException(
            $"{type.FullName} crosses nodes but is no message of the distribution-messages serializer: declare it in an assembly listed under "
            + $"{EventSerialization.SettingsPath}.assemblies");
    }

    public Type TypeOf(string manifest)
    {
        if (_typeByManifest.TryGetValue(manifest, out var type)) return type;
        if (manifest.StartsWith("clr:", StringComparison.Ordinal) && typeof(string).Assembly.GetType(manifest[4..]) is { } clr) return clr;
        throw new SerializationException($"unknown message manifest '{manifest}' (a node of another version?)");
    }

    /// <summary>A type without public constructor that offers a static Instance of itself travels as that instance.</summary>
    public static object? SingletonOf(Type type) => Singletons.GetOrAdd(type, static t =>
        t.GetConstructor(Type.EmptyTypes) is null && t.GetConstructors().Length == 0
            ? (t.GetField("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
               ?? t.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            : null);
}
