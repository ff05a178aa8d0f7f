namespace ActorDistribution.Hocon;

internal enum TokenKind
{
    OpenBrace,
    CloseBrace,
    OpenBracket,
    CloseBracket,
    Comma,
    Colon,
    Equals,
    PlusEquals,
    Newline,
    Whitespace,
    QuotedString,
    UnquotedText,
    Substitution,
    EndOfFile,
}
