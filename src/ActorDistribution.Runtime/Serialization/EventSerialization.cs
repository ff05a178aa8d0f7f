using System.Reflection;
using System.Text.Json;
using Akka.Actor;
using Akka.Configuration;

namespace ActorDistribution.Runtime.Serialization;

/// <summary>Registers <see cref="EventSerializer"/> with Akka and builds its <see cref="EventCodec"/>.</summary>
public static class EventSerialization
{
    /// <summary>The serializer's name under <c>akka.actor.serializers</c>.</summary>
    public const string SerializerName = "distribution-events";

    /// <summary>Holds <c>assemblies</c>: names of the assemblies to scan for event types and upcasters.</summary>
    public const string SettingsPath = "akka.actor.serialization-settings." + SerializerName;

    private static readonly string SerializerType = $"{typeof(EventSerializer).FullName}, {typeof(EventSerializer).Assembly.GetName().Name}";
    private static readonly string MarkerType = $"{typeof(IJournalEvent).FullName}, {typeof(IJournalEvent).Assembly.GetName().Name}";

    /// <summary>
    /// The HOCON that binds <see cref="IJournalEvent"/> to <see cref="EventSerializer"/> and names the assemblies
    /// whose [EventManifest] types and upcasters it knows. No serialization-identifiers entry is needed:
    /// the serializer fixes its own <see cref="EventSerializer.Id"/>.
    /// </summary>
    public static string Hocon(IEnumerable<string> assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        // A HOCON quoted string is a JSON string, so JSON escaping is exact.
        var list = string.Join(", ", assemblies.Select(name => JsonSerializer.Serialize(name)));
        return $$"""
            akka.actor {
              serializers {
                {{SerializerName}} = {{JsonSerializer.Serialize(SerializerType)}}
              }
              serialization-bindings {
                {{JsonSerializer.Serialize(MarkerType)}} = {{SerializerName}}
              }
              serialization-settings {
                {{SerializerName}} {
                  assemblies = [{{list}}]
                }
              }
            }
            """;
    }

    public static string Hocon(params string[] assemblies) => Hocon((IEnumerable<string>)assemblies);

    /// <summary><see cref="Hocon(IEnumerable{string})"/> parsed, ready for <c>WithFallback</c>.</summary>
    public static Config AkkaConfig(IEnumerable<string> assemblies) => ConfigurationFactory.ParseString(Hocon(assemblies));

    public static Config AkkaConfig(params string[] assemblies) => AkkaConfig((IEnumerable<string>)assemblies);

    /// <summary>
    /// The codec <paramref name="system"/> writes and reads journal events with, so audit code decodes rows
    /// with the same registry and upcasters instead of building a second one.
    /// </summary>
    public static EventCodec Codec(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return system.Serialization.FindSerializerForType(typeof(IJournalEvent)) is EventSerializer serializer
            ? serializer.Codec
            : throw new InvalidOperationException(
                $"{typeof(IJournalEvent).FullName} is not bound to {typeof(EventSerializer).FullName} in this actor system: include EventSerialization.Hocon in its configuration");
    }

    /// <summary>
    /// Loads each named assembly and registers its [EventManifest] types and its public, concrete upcasters
    /// with a parameterless constructor (in full-name order, so the order upcasters are tried is stable).
    /// </summary>
    public static EventCodec CreateCodec(IEnumerable<string> assemblyNames)
    {
        ArgumentNullException.ThrowIfNull(assemblyNames);
        var names = assemblyNames.Distinct(StringComparer.Ordinal).ToList();
        // Without assemblies every replay would fail with unknown manifests; fail at system start instead.
        if (names.Count == 0)
            throw new ConfigurationException($"{SettingsPath}.assemblies is empty: name the assemblies holding the [EventManifest] types");

        return CreateCodec(names.Select(Load));
    }

    /// <summary>As <see cref="CreateCodec(IEnumerable{string})"/>, for assemblies already at hand.</summary>
    public static EventCodec CreateCodec(IEnumerable<Assembly> assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        var codec = new EventCodec();
        var unbound = new List<Type>();
        foreach (var assembly in assemblies.Distinct())
        {
            var types = assembly.GetTypes();
            foreach (var type in types)
            {
                if (type.GetCustomAttribute<EventManifestAttribute>() is not { } attribute) continue;
                codec.Register(type, attribute.Manifest);
                if (!typeof(IJournalEvent).IsAssignableFrom(type)) unbound.Add(type);
            }
            foreach (var type in types.Where(IsDiscoverableUpcaster).OrderBy(type => type.FullName, StringComparer.Ordinal))
                codec.AddUpcaster((IEventUpcaster)Activator.CreateInstance(type)!);
        }

        // Such a type would reach Akka's default JSON serializer and be stored under its CLR name, unnoticed.
        if (unbound.Count > 0)
            throw new ConfigurationException(
                $"[EventManifest] types must implement {typeof(IJournalEvent).FullName} so Akka serializes them with {typeof(EventSerializer).FullName}: "
                + string.Join(", ", unbound.Select(type => type.FullName)));
        return codec;
    }

    private static Assembly Load(string name)
    {
        try
        {
            return Assembly.Load(new AssemblyName(name));
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException or ArgumentException)
        {
            throw new ConfigurationException($"{SettingsPath}.assemblies names '{name}', which cannot be loaded: {e.Message}", e);
        }
    }

    private static bool IsDiscoverableUpcaster(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsVisible: true, ContainsGenericParameters: false }
        && typeof(IEventUpcaster).IsAssignableFrom(type)
        && type.GetConstructor(Type.EmptyTypes) is not null;
}
