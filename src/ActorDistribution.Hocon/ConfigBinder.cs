using System.Reflection;
using System.Text;

namespace ActorDistribution.Hocon;

/// <summary>
/// Binds a configuration section to a record through its widest public constructor: parameter
/// MaxRetries reads key max-retries. Every missing or mistyped key is reported at once.
/// Supported: string, int, long, double, bool, TimeSpan, enums (kebab-case values), string/int lists,
/// nested records, and Config itself; a parameter with a default or a nullable type is optional.
/// </summary>
public static class ConfigBinder
{
    public static T Bind<T>(Config section) => (T)Bind(typeof(T), section);

    public static object Bind(Type type, Config section)
    {
        var errors = new List<string>();
        var result = BindObject(type, section, errors);
        if (errors.Count > 0)
        {
            var where = section.Location.Length == 0 ? "the configuration" : $"'{section.Location}'";
            throw new HoconException(null, $"cannot bind {where} to {type.Name}:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", errors)}");
        }

        return result!;
    }

    /// <summary>MaxRetries -> max-retries.</summary>
    public static string ToKebabCase(string name)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    private static object? BindObject(Type type, Config section, List<string> errors)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"{type.Name} has no public constructor to bind configuration to.");
        var arguments = constructor.GetParameters().Select(parameter => BindParameter(parameter, section, errors)).ToArray();
        return errors.Count > 0 ? null : constructor.Invoke(arguments);
    }

    private static object? BindParameter(ParameterInfo parameter, Config section, List<string> errors)
    {
        var key = ToKebabCase(parameter.Name!);
        var type = parameter.ParameterType;
        if (!section.HasPath(key))
        {
            if (parameter.HasDefaultValue)
            {
                return parameter.DefaultValue;
            }

            if (IsNullable(parameter))
            {
                return null;
            }

            errors.Add($"missing setting '{section.FullPath(key)}' (parameter {parameter.Name} of type {FriendlyName(type)})");
            return null;
        }

        try
        {
            return Convert(Nullable.GetUnderlyingType(type) ?? type, section, key, errors);
        }
        catch (HoconException error)
        {
            errors.Add(error.Message);
            return null;
        }
    }

    private static object? Convert(Type type, Config section, string key, List<string> errors)
    {
        if (type == typeof(string)) return section.GetString(key);
        if (type == typeof(int)) return section.GetInt(key);
        if (type == typeof(long)) return section.GetLong(key);
        if (type == typeof(double)) return section.GetDouble(key);
        if (type == typeof(bool)) return section.GetBoolean(key);
        if (type == typeof(TimeSpan)) return section.GetTimeSpan(key);
        if (type == typeof(Config)) return section.GetConfig(key);
        if (type.IsEnum) return ToEnum(type, section, key);
        if (type == typeof(string[])) return section.GetStringList(key).ToArray();
        if (type.IsAssignableFrom(typeof(List<string>))) return section.GetStringList(key).ToList();
        if (type.IsAssignableFrom(typeof(List<int>)))
        {
            var path = section.FullPath(key);
            return section.GetList(key).Select((item, index) => ValueConverter.ToInt(item, $"{path}[{index}]")).ToList();
        }

        return BindObject(type, section.GetConfig(key), errors);
    }

    private static object ToEnum(Type type, Config section, string key)
    {
        var text = section.GetString(key);
        var wanted = text.Replace("-", "", StringComparison.Ordinal);
        var name = Enum.GetNames(type).FirstOrDefault(candidate => string.Equals(candidate, wanted, StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            var allowed = string.Join(", ", Enum.GetNames(type).Select(ToKebabCase));
            throw ValueConverter.Mismatch(section.GetValue(key), section.FullPath(key), $"one of {allowed}");
        }

        return Enum.Parse(type, name);
    }

    private static bool IsNullable(ParameterInfo parameter) =>
        Nullable.GetUnderlyingType(parameter.ParameterType) is not null
        || new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable;

    private static string FriendlyName(Type type) => Nullable.GetUnderlyingType(type) is { } inner ? inner.Name + "?" : type.Name;
}
