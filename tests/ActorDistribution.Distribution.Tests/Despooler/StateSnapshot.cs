using System.Text.Json;
using ActorDistribution.Distribution.PackageDirectories;

namespace ActorDistribution.Distribution.Tests.Despooler;

/// <summary>
/// A state as JSON of its constructor fields only, so two states compare by content (records compare
/// lists by reference) and derived properties are left out.
/// </summary>
internal static class StateSnapshot
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string Of(PackageDirectoryState state)
    {
        var fields = typeof(PackageDirectoryState).GetConstructors()
            .OrderByDescending(constructor => constructor.GetParameters().Length).First()
            .GetParameters()
            .ToDictionary(parameter => parameter.Name!, parameter => typeof(PackageDirectoryState).GetProperty(parameter.Name!)!.GetValue(state));
        return JsonSerializer.Serialize(fields, Json);
    }

    public static string Of(object? value) => value is null ? "null" : JsonSerializer.Serialize(value, value.GetType(), Json);
}
