using System.Globalization;
using System.Text;

namespace ActorDistribution.Hocon;

/// <summary>Turns HOCON text into tokens, keeping inline whitespace (concatenation needs it) and newlines (they separate fields).</summary>
internal sealed class Tokenizer
{
    // Characters that may not appear in an unquoted string (HOCON spec); '+' is allowed only as part of "+=".
    private const string Forbidden = "$\"{}[]:=,+#`^?!@*&\\";

    private readonly string text;
    private readonly string originName;
    private readonly List<Token> tokens = [];
    private int position;
    private int line = 1;
    private int column = 1;

    private Tokenizer(string text, string originName)
    {
        this.text = text;
        this.originName = originName;
    }

    public static IReadOnlyList<Token> Tokenize(string text, string originName)
    {
        var tokenizer = new Tokenizer(text, originName);
        tokenizer.Run();
        return tokenizer.tokens;
    }

    private ConfigOrigin Here => new(originName, line, column);

    private char Current => text[position];

    private bool AtEnd => position >= text.Length;

    private void Run()
    {
        while (!AtEnd)
        {
            var start = Here;
            var c = Current;
            if (c == '\n')
            {
                Advance();
                Add(TokenKind.Newline, "\n", start);
            }
            else if (IsWhitespace(c))
            {
                var builder = new StringBuilder();
                while (!AtEnd && Current != '\n' && IsWhitespace(Current))
                {
                    builder.Append(Current);
                    Advance();
                }

                Add(TokenKind.Whitespace, builder.ToString(), start);
            }
            else if (c == '#' || (c == '/' && Peek(1) == '/'))
            {
                while (!AtEnd && Current != '\n')
                {
                    Advance();
                }
            }
            else if (c == '"')
            {
                ReadQuoted(start);
            }
            else if (c == '$' && Peek(1) == '{')
            {
                ReadSubstitution(start);
            }
            else if (c == '+' && Peek(1) == '=')
            {
                Advance();
                Advance();
                Add(TokenKind.PlusEquals, "+=", start);
            }
            else if (Punctuation(c) is { } kind)
            {
                Advance();
                Add(kind, c.ToString(), start);
            }
            else if (Forbidden.Contains(c))
            {
                throw HoconException.Found(start, $"'{c}'", "a value, key or separator (quote strings that contain it)");
            }
            else
            {
                ReadUnquoted(start);
            }
        }

        Add(TokenKind.EndOfFile, "", Here);
    }

    private static TokenKind? Punctuation(char c) => c switch
    {
        '{' => TokenKind.OpenBrace,
        '}' => TokenKind.CloseBrace,
        '[' => TokenKind.OpenBracket,
        ']' => TokenKind.CloseBracket,
        ',' => TokenKind.Comma,
        ':' => TokenKind.Colon,
        '=' => TokenKind.Equals,
        _ => null,
    };

    private static bool IsWhitespace(char c) =>
        c == '\uFEFF' || char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;

    private void ReadUnquoted(ConfigOrigin start)
    {
        var builder = new StringBuilder();
        while (!AtEnd)
        {
            var c = Current;
            if (c == '+' && IsExponentSign(builder))
            {
                builder.Append(c);
                Advance();
                continue;
            }

            if (IsWhitespace(c) || Forbidden.Contains(c) || (c == '/' && Peek(1) == '/'))
            {
                break;
            }

            builder.Append(c);
            Advance();
        }

        Add(TokenKind.UnquotedText, builder.ToString(), start);
    }

    /// <summary>JSON numbers such as 1e+5 contain a '+', which is otherwise forbidden in unquoted text.</summary>
    private bool IsExponentSign(StringBuilder soFar) =>
        soFar.Length > 1
        && soFar[^1] is 'e' or 'E'
        && char.IsAsciiDigit(soFar[^2])
        && Peek(1) is { } next && char.IsAsciiDigit(next)
        && soFar.ToString(0, soFar.Length - 1).All(c => char.IsAsciiDigit(c) || c is '-' or '.');

    private void ReadQuoted(ConfigOrigin start)
    {
        if (Peek(1) == '"' && Peek(2) == '"')
        {
            ReadTripleQuoted(start);
            return;
        }

        Advance();
        var builder = new StringBuilder();
        while (true)
        {
            if (AtEnd || Current == '\n')
            {
                throw HoconException.Found(Here, AtEnd ? "end of file" : "end of line", "a closing '\"' for the string opened at " + start);
            }

            var c = Current;
            Advance();
            if (c == '"')
            {
                break;
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            builder.Append(ReadEscape());
        }

        Add(TokenKind.QuotedString, builder.ToString(), start);
    }

    private string ReadEscape()
    {
        var at = Here;
        if (AtEnd)
        {
            throw HoconException.Found(at, "end of file", "an escape character after '\\'");
        }

        var c = Current;
        Advance();
        switch (c)
        {
            case '"': return "\"";
            case '\\': return "\\";
            case '/': return "/";
            case 'b': return "\b";
            case 'f': return "\f";
            case 'n': return "\n";
            case 'r': return "\r";
            case 't': return "\t";
            case 'u':
                var hex = new StringBuilder();
                for (var i = 0; i < 4 && !AtEnd; i++)
                {
                    hex.Append(Current);
                    Advance();
                }

                if (hex.Length == 4 && int.TryParse(hex.ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                {
                    return ((char)code).ToString();
                }

                throw HoconException.Found(at, $"'\\u{hex}'", "four hexadecimal digits after \\u");
            default:
                throw HoconException.Found(at, $"'\\{c}'", "one of the JSON escapes \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
        }
    }

    private void ReadTripleQuoted(ConfigOrigin start)
    {
        Advance();
        Advance();
        Advance();
        var builder = new StringBuilder();
        while (true)
        {
            if (AtEnd)
            {
                throw HoconException.Found(Here, "end of file", "'\"\"\"' closing the string opened at " + start);
            }

            if (Current == '"' && Peek(1) == '"' && Peek(2) == '"')
            {
                // Extra quotes just before the closing three belong to the string.
                var run = 0;
                while (Peek(run) == '"')
                {
                    run++;
                }

                builder.Append('"', run - 3);
                for (var i = 0; i < run; i++)
                {
                    Advance();
                }

                break;
            }

            builder.Append(Current);
            Advance();
        }

        Add(TokenKind.QuotedString, builder.ToString(), start);
    }

    private void ReadSubstitution(ConfigOrigin start)
    {
        Advance();
        Advance();
        var optional = false;
        if (!AtEnd && Current == '?')
        {
            optional = true;
            Advance();
        }

        var builder = new StringBuilder();
        var inQuotes = false;
        while (true)
        {
            if (AtEnd || Current == '\n')
            {
                throw HoconException.Found(Here, AtEnd ? "end of file" : "end of line", "'}' closing the substitution opened at " + start);
            }

            var c = Current;
            Advance();
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (c == '}' && !inQuotes)
            {
                break;
            }

            builder.Append(c);
        }

        var path = builder.ToString().Trim();
        if (path.Length == 0)
        {
            throw HoconException.Found(start, "an empty substitution", "a path inside ${...}");
        }

        tokens.Add(new Token(TokenKind.Substitution, path, start, optional));
    }

    private char? Peek(int offset) => position + offset < text.Length ? text[position + offset] : null;

    private void Advance()
    {
        if (text[position] == '\n')
        {
            line++;
            column = 1;
        }
        else
        {
            column++;
        }

        position++;
    }

    private void Add(TokenKind kind, string value, ConfigOrigin origin) => tokens.Add(new Token(kind, value, origin));
}
