using System.Text.Json;

namespace ActorDistribution.Node.Http;

/// <summary>The body of <c>POST /api/commands</c>: one command line, as words.</summary>
public sealed record CommandRequest(IReadOnlyList<string> Words)
{
    public const string Expected = """a JSON object {"words": ["site", "show", "CH2"]}: one command line as an array of strings""";

    /// <summary>Reads a body; anything else than a command gives the problem instead, naming what is expected.</summary>
    public static async Task<(CommandRequest? Request, string? Problem)> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        }
        catch (JsonException problem)
        {
            return (null, $"the body is not JSON ({problem.Message}); expected {Expected}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, $"the body is a JSON {Kind(root)}; expected {Expected}");
            JsonElement words = default;
            var found = false;
            foreach (var property in root.EnumerateObject())
                if (string.Equals(property.Name, "words", StringComparison.OrdinalIgnoreCase))
                {
                    words = property.Value;
                    found = true;
                }
            if (!found) return (null, $"the body has no \"words\"; expected {Expected}");
            if (words.ValueKind != JsonValueKind.Array) return (null, $"\"words\" is a JSON {Kind(words)}; expected {Expected}");
            var list = new List<string>();
            foreach (var word in words.EnumerateArray())
            {
                if (word.ValueKind != JsonValueKind.String)
                    return (null, $"\"words\" holds a JSON {Kind(word)} at index {list.Count}; expected {Expected}");
                list.Add(word.GetString()!);
            }
            return (new CommandRequest(list), null);
        }
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => element.ValueKind.ToString().ToLowerInvariant(),
    };
}
