using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ActorDistribution.Hocon;

/// <summary>Renders a resolved value as indented JSON.</summary>
internal static class JsonRenderer
{
    public static string Render(HoconValue value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, value);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    // Typed writes rather than raw text: raw values would break the writer's indentation.
    private static void WriteNumber(Utf8JsonWriter writer, string text)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            writer.WriteNumberValue(integer);
        }
        else if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
        {
            writer.WriteNumberValue(exact);
        }
        else
        {
            writer.WriteNumberValue(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }
    }

    private static void Write(Utf8JsonWriter writer, HoconValue value)
    {
        switch (value)
        {
            case HoconObject obj:
                writer.WriteStartObject();
                foreach (var (key, field) in obj.Fields)
                {
                    writer.WritePropertyName(key);
                    Write(writer, field);
                }

                writer.WriteEndObject();
                break;
            case HoconArray array:
                writer.WriteStartArray();
                foreach (var item in array.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case HoconScalar { Kind: ScalarKind.Null }:
                writer.WriteNullValue();
                break;
            case HoconScalar { Kind: ScalarKind.Boolean } boolean:
                writer.WriteBooleanValue(boolean.Text == "true");
                break;
            case HoconScalar { Kind: ScalarKind.Number } number:
                WriteNumber(writer, number.Text);
                break;
            case HoconScalar text:
                writer.WriteStringValue(text.Text);
                break;
            default:
                throw new InvalidOperationException($"Cannot render an unresolved {value.Describe()}; resolve the configuration first.");
        }
    }
}
