using System.Globalization;
using System.Text;
using AkkaConfig = Akka.Configuration.Config;
using AkkaConfigurationFactory = Akka.Configuration.ConfigurationFactory;

namespace ActorDistribution.Hocon;

/// <summary>
/// Hands a configuration resolved by our reader to Akka. Akka's own HOCON parser is kept away from the
/// product's files: it overflows the stack on <c>a = ${a}":x"</c> and on substitution cycles, accepts some
/// syntax errors, merges <c>${d} { r = 1 }</c> wrongly and reports no line numbers. So the files are resolved
/// here and Akka only ever parses the result, rendered as JSON (which is HOCON with nothing left to resolve).
/// </summary>
public static class AkkaConfigExtensions
{
    /// <summary>
    /// The resolved tree as an Akka <see cref="AkkaConfig"/>, with Akka's own defaults
    /// (<see cref="AkkaConfigurationFactory.Default"/>) beneath it: a setting we do not write keeps Akka's default.
    /// </summary>
    public static AkkaConfig ToAkkaConfig(this Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return AkkaConfigurationFactory.ParseString(ToAkkaHocon(config)).WithFallback(AkkaConfigurationFactory.Default());
    }

    /// <summary>
    /// The text handed to Akka's parser: JSON with every key and string quoted, so no key is split at a dot
    /// (<c>"My.Type, My.Assembly"</c> stays one key) and no string is read as a substitution, include or comment.
    /// Scalars keep the text they were written with (<c>5s</c>, <c>10 s</c>, <c>64 MiB</c>, <c>1.50</c>); Akka reads
    /// durations and sizes from strings. Booleans too are left as written: Akka 1.5.75 reads true/false/on/off
    /// but not yes/no, which our reader also accepts, so an Akka setting must not be written yes/no.
    /// </summary>
    internal static string ToAkkaHocon(Config config)
    {
        var text = new StringBuilder();
        Render(text, config.Root, 0);
        return text.Append('\n').ToString();
    }

    private static void Render(StringBuilder text, HoconValue value, int depth)
    {
        switch (value)
        {
            case HoconObject obj:
                RenderObject(text, obj, depth);
                break;
            case HoconArray array:
                RenderArray(text, array, depth);
                break;
            case HoconScalar { Kind: ScalarKind.Null }:
                text.Append("null");
                break;
            case HoconScalar { Kind: ScalarKind.Boolean or ScalarKind.Number } literal:
                text.Append(literal.Text);
                break;
            case HoconScalar scalar:
                AppendQuoted(text, scalar.Text);
                break;
            default:
                throw new InvalidOperationException($"Cannot hand Akka an unresolved {value.Describe()} ({value.Origin}); resolve the configuration first.");
        }
    }

    private static void RenderObject(StringBuilder text, HoconObject obj, int depth)
    {
        if (obj.Fields.Count == 0)
        {
            text.Append("{}");
            return;
        }

        text.Append("{\n");
        var first = true;
        foreach (var (key, field) in obj.Fields)
        {
            if (!first)
            {
                text.Append(",\n");
            }

            first = false;
            Indent(text, depth + 1);
            AppendQuoted(text, key);
            text.Append(": ");
            Render(text, field, depth + 1);
        }

        text.Append('\n');
        Indent(text, depth);
        text.Append('}');
    }

    private static void RenderArray(StringBuilder text, HoconArray array, int depth)
    {
        if (array.Items.Count == 0)
        {
            text.Append("[]");
            return;
        }

        text.Append("[\n");
        for (var i = 0; i < array.Items.Count; i++)
        {
            if (i > 0)
            {
                text.Append(",\n");
            }

            Indent(text, depth + 1);
            Render(text, array.Items[i], depth + 1);
        }

        text.Append('\n');
        Indent(text, depth);
        text.Append(']');
    }

    private static void Indent(StringBuilder text, int depth) => text.Append(' ', depth * 2);

    /// <summary>A JSON string: quotes, backslashes and control characters escaped, everything else as written.</summary>
    private static void AppendQuoted(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '\b':
                    text.Append("\\b");
                    break;
                case '\f':
                    text.Append("\\f");
                    break;
                case < ' ':
                    text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        text.Append('"');
    }
}
