using System.Text;
using System.Text.RegularExpressions;

namespace ActorDistribution.Hocon;

/// <summary>
/// Builds an unresolved tree from tokens. Duplicate keys merge as they are read; substitutions,
/// concatenations and includes' contents stay symbolic until the Resolver runs over the merged tree.
/// </summary>
internal sealed partial class Parser
{
    private readonly IReadOnlyList<Token> tokens;
    private readonly IncludeContext context;
    private int position;

    private Parser(IReadOnlyList<Token> tokens, IncludeContext context)
    {
        this.tokens = tokens;
        this.context = context;
    }

    public static HoconObject Parse(string text, string originName, IncludeContext context)
    {
        var parser = new Parser(Tokenizer.Tokenize(text, originName), context);
        return parser.ParseDocument();
    }

    private Token Current => tokens[position];

    private HoconObject ParseDocument()
    {
        SkipWhitespaceAndNewlines();
        HoconObject root;
        if (Current.Kind == TokenKind.OpenBrace)
        {
            root = ParseBracedObject(context.Prefix);
        }
        else if (Current.Kind == TokenKind.OpenBracket)
        {
            throw HoconException.Found(Current.Origin, "an array at the root", "an object (a configuration is a set of keys)");
        }
        else
        {
            root = new HoconObject(Current.Origin);
            ParseFields(root, context.Prefix, TokenKind.EndOfFile);
        }

        SkipWhitespaceAndNewlines();
        if (Current.Kind != TokenKind.EndOfFile)
        {
            throw HoconException.Found(Current.Origin, Current.Describe(), "end of file after the root object");
        }

        return root;
    }

    private HoconObject ParseBracedObject(IReadOnlyList<string> path)
    {
        var open = Expect(TokenKind.OpenBrace, "'{'");
        var obj = new HoconObject(open.Origin);
        ParseFields(obj, path, TokenKind.CloseBrace);
        if (Current.Kind != TokenKind.CloseBrace)
        {
            throw HoconException.Found(Current.Origin, Current.Describe(), $"'}}' closing the object opened at {open.Origin}");
        }

        position++;
        return obj;
    }

    private void ParseFields(HoconObject obj, IReadOnlyList<string> path, TokenKind closing)
    {
        while (true)
        {
            SkipWhitespaceAndNewlines();
            if (Current.Kind == closing || Current.Kind == TokenKind.EndOfFile)
            {
                return;
            }

            if (Current.Kind == TokenKind.CloseBrace)
            {
                // Only reachable when the root braces were omitted: the spec requires balanced braces.
                throw HoconException.Found(Current.Origin, "'}' that closes no '{'", "a key or end of file");
            }

            if (IsIncludeStatement())
            {
                ParseInclude(obj, path);
            }
            else
            {
                ParseField(obj, path);
            }

            SkipWhitespace();
            if (Current.Kind == TokenKind.Comma)
            {
                position++;
            }
            else if (Current.Kind != TokenKind.Newline && Current.Kind != closing)
            {
                var expected = closing == TokenKind.CloseBrace ? "',', a new line or '}'" : "',' or a new line";
                throw HoconException.Found(Current.Origin, Current.Describe(), $"{expected} after a field");
            }
        }
    }

    private void ParseField(HoconObject obj, IReadOnlyList<string> path)
    {
        var keyStart = Current;
        var key = ParseKey();
        var fieldPath = ConfigPath.Append(path, key);
        SkipWhitespace();
        HoconValue value;
        switch (Current.Kind)
        {
            case TokenKind.Colon or TokenKind.Equals:
                position++;
                SkipWhitespace();
                value = ParseValue(fieldPath);
                break;
            case TokenKind.PlusEquals:
                var plus = Current;
                position++;
                SkipWhitespace();
                var element = ParseValue(fieldPath);

                // "a += x" means "a = ${?a} [x]" with a written as an absolute path.
                value = new HoconConcatenation(plus.Origin, [
                    new HoconSubstitution(plus.Origin, fieldPath, optional: true, includePrefix: []),
                    new HoconArray(element.Origin, [element]),
                ]);
                break;
            case TokenKind.OpenBrace:
                value = ParseValue(fieldPath);
                break;
            default:
                throw HoconException.Found(Current.Origin, Current.Describe(), $"':', '=' or '{{' after the key '{ConfigPath.Render(key)}' (started at {keyStart.Origin})");
        }

        Define(obj, key, value);
    }

    private static void Define(HoconObject obj, IReadOnlyList<string> key, HoconValue value)
    {
        // a.b.c = v is a { b { c = v } }: wrap from the innermost key outwards.
        for (var i = key.Count - 1; i > 0; i--)
        {
            var wrapper = new HoconObject(value.Origin);
            wrapper.Define(key[i], value);
            value = wrapper;
        }

        obj.Define(key[0], value);
    }

    private List<string> ParseKey()
    {
        var elements = new List<string>();
        var current = new StringBuilder();
        var currentHasContent = false;
        string? pendingWhitespace = null;
        var start = Current;
        while (true)
        {
            var token = Current;
            if (token.Kind is TokenKind.UnquotedText or TokenKind.QuotedString && pendingWhitespace is not null)
            {
                current.Append(pendingWhitespace);
                pendingWhitespace = null;
            }

            if (token.Kind == TokenKind.UnquotedText)
            {
                var pieces = token.Text.Split('.');
                for (var i = 0; i < pieces.Length; i++)
                {
                    if (i > 0)
                    {
                        FinishElement(token);
                    }

                    current.Append(pieces[i]);
                    currentHasContent |= pieces[i].Length > 0;
                }
            }
            else if (token.Kind == TokenKind.QuotedString)
            {
                current.Append(token.Text);
                currentHasContent = true;
            }
            else if (token.Kind == TokenKind.Whitespace && (currentHasContent || elements.Count > 0))
            {
                pendingWhitespace = token.Text;
            }
            else if (token.Kind == TokenKind.Substitution)
            {
                throw HoconException.Found(token.Origin, token.Describe(), "a key (keys cannot contain substitutions)");
            }
            else
            {
                break;
            }

            position++;
        }

        if (!currentHasContent && elements.Count == 0)
        {
            throw HoconException.Found(start.Origin, start.Describe(), "a key");
        }

        // A trailing dot ("a.b. = 1") is reported at the key, not at the separator that follows it.
        FinishElement(start);
        return elements;

        void FinishElement(Token at)
        {
            if (!currentHasContent)
            {
                throw HoconException.Found(at.Origin, "a key with an empty element (two dots, or a dot at an end)", "a key like a.b (quote keys that contain dots)");
            }

            elements.Add(current.ToString());
            current.Clear();
            currentHasContent = false;
        }
    }

    private HoconValue ParseValue(IReadOnlyList<string> path)
    {
        var parts = new List<HoconValue>();
        var firstIsUnquoted = Current.Kind == TokenKind.UnquotedText;
        Token? pendingWhitespace = null;
        while (true)
        {
            var token = Current;
            HoconValue? part = token.Kind switch
            {
                TokenKind.QuotedString => new HoconScalar(token.Origin, ScalarKind.String, token.Text),
                TokenKind.UnquotedText => new HoconScalar(token.Origin, ScalarKind.String, token.Text),
                TokenKind.Substitution => new HoconSubstitution(token.Origin, ConfigPath.Parse(token.Text, token.Origin), token.OptionalSubstitution, context.Prefix),
                _ => null,
            };
            if (token.Kind == TokenKind.Whitespace)
            {
                pendingWhitespace = token;
                position++;
                continue;
            }

            if (part is null && token.Kind is not (TokenKind.OpenBrace or TokenKind.OpenBracket))
            {
                break;
            }

            if (pendingWhitespace is not null && parts.Count > 0)
            {
                parts.Add(new HoconScalar(pendingWhitespace.Origin, ScalarKind.String, pendingWhitespace.Text, isWhitespace: true));
            }

            pendingWhitespace = null;
            if (part is null)
            {
                part = token.Kind == TokenKind.OpenBrace ? ParseBracedObject(path) : ParseArray(path);
            }
            else
            {
                position++;
            }

            parts.Add(part);
        }

        if (parts.Count == 0)
        {
            throw HoconException.Found(Current.Origin, Current.Describe(), "a value");
        }

        if (parts.Count == 1)
        {
            return firstIsUnquoted && parts[0] is HoconScalar scalar ? Classify(scalar) : parts[0];
        }

        return new HoconConcatenation(parts[0].Origin, parts);
    }

    /// <summary>An unquoted value alone is a number, boolean or null when its whole text says so.</summary>
    private static HoconScalar Classify(HoconScalar unquoted) => unquoted.Text switch
    {
        "true" or "false" => new HoconScalar(unquoted.Origin, ScalarKind.Boolean, unquoted.Text),
        "null" => new HoconScalar(unquoted.Origin, ScalarKind.Null, unquoted.Text),
        var text when NumberPattern().IsMatch(text) => new HoconScalar(unquoted.Origin, ScalarKind.Number, text),
        _ => unquoted,
    };

    private HoconArray ParseArray(IReadOnlyList<string> path)
    {
        var open = Expect(TokenKind.OpenBracket, "'['");
        var items = new List<HoconValue>();
        while (true)
        {
            SkipWhitespaceAndNewlines();
            if (Current.Kind == TokenKind.CloseBracket)
            {
                position++;
                return new HoconArray(open.Origin, items);
            }

            if (Current.Kind == TokenKind.EndOfFile)
            {
                throw HoconException.Found(Current.Origin, Current.Describe(), $"']' closing the array opened at {open.Origin}");
            }

            items.Add(ParseValue(path));
            SkipWhitespace();
            if (Current.Kind == TokenKind.Comma)
            {
                position++;
            }
            else if (Current.Kind == TokenKind.EndOfFile)
            {
                // Name the unclosed '[' rather than the last element: that is what the author has to fix.
                throw HoconException.Found(Current.Origin, Current.Describe(), $"']' closing the array opened at {open.Origin}");
            }
            else if (Current.Kind is not (TokenKind.Newline or TokenKind.CloseBracket))
            {
                throw HoconException.Found(Current.Origin, Current.Describe(), "',', a new line or ']' after an array element");
            }
        }
    }

    private bool IsIncludeStatement()
    {
        if (Current is not { Kind: TokenKind.UnquotedText, Text: "include" } || tokens[position + 1].Kind is not (TokenKind.Whitespace or TokenKind.Newline))
        {
            return false;
        }

        // The spec allows any whitespace, newlines included, between include and its argument.
        var next = tokens[SkipBlank(position + 1)];
        return next.Kind == TokenKind.QuotedString
            || (next.Kind == TokenKind.UnquotedText && IncludeFunctionPattern().IsMatch(next.Text));
    }

    private void ParseInclude(HoconObject obj, IReadOnlyList<string> path)
    {
        var include = Current;
        position = SkipBlank(position + 1);
        var opening = new StringBuilder();
        while (Current.Kind is TokenKind.UnquotedText or TokenKind.Whitespace)
        {
            opening.Append(Current.Text.Trim());
            position++;
        }

        var nameToken = Expect(TokenKind.QuotedString, "a quoted file name after include");
        var functions = opening.ToString();
        var parentheses = functions.Count(c => c == '(');
        var closing = new StringBuilder();
        while (Current.Kind is TokenKind.UnquotedText or TokenKind.Whitespace && closing.ToString().Count(c => c == ')') < parentheses)
        {
            closing.Append(Current.Text.Trim());
            position++;
        }

        var required = functions.StartsWith("required(", StringComparison.Ordinal);
        var kind = required ? functions["required(".Length..] : functions;
        if (kind is not ("" or "file(") || closing.ToString() != new string(')', parentheses))
        {
            throw HoconException.Found(include.Origin, $"include {functions}\"{nameToken.Text}\"{closing}", "include \"file\", include file(\"file\") or include required(file(\"file\")) (url and classpath includes are not supported)");
        }

        var included = context.Include(nameToken, required, path);
        if (included is null)
        {
            return;
        }

        foreach (var (key, value) in included.Fields)
        {
            obj.Define(key, value);
        }
    }

    private Token Expect(TokenKind kind, string expected)
    {
        var token = Current;
        if (token.Kind != kind)
        {
            throw HoconException.Found(token.Origin, token.Describe(), expected);
        }

        position++;
        return token;
    }

    /// <summary>The index of the first token at or after index that is neither whitespace nor a newline.</summary>
    private int SkipBlank(int index)
    {
        while (tokens[index].Kind is TokenKind.Whitespace or TokenKind.Newline)
        {
            index++;
        }

        return index;
    }

    private void SkipWhitespace()
    {
        while (Current.Kind == TokenKind.Whitespace)
        {
            position++;
        }
    }

    private void SkipWhitespaceAndNewlines()
    {
        while (Current.Kind is TokenKind.Whitespace or TokenKind.Newline)
        {
            position++;
        }
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(required\(|file\(|url\(|classpath\()")]
    private static partial Regex IncludeFunctionPattern();
}
