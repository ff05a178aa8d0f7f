namespace ActorDistribution.Hocon;

/// <summary>A string, number, boolean or null, keeping its source text (concatenation needs it verbatim).</summary>
public sealed class HoconScalar : HoconValue
{
    internal HoconScalar(ConfigOrigin origin, ScalarKind kind, string text, bool isWhitespace = false)
        : base(origin)
    {
        Kind = kind;
        Text = text;
        IsWhitespace = isWhitespace;
    }

    public ScalarKind Kind { get; }

    public string Text { get; }

    /// <summary>Unquoted whitespace between parts of a concatenation; dropped between objects and arrays.</summary>
    internal bool IsWhitespace { get; }

    public override string Describe() => Kind switch
    {
        ScalarKind.Null => "null",
        ScalarKind.Number => $"number {Text}",
        ScalarKind.Boolean => $"boolean {Text}",
        _ => $"string '{Text}'",
    };
}
