namespace ActorDistribution.Hocon;

/// <summary>One lexical unit; Text is the decoded string for quoted strings and the path for substitutions.</summary>
internal sealed record Token(TokenKind Kind, string Text, ConfigOrigin Origin, bool OptionalSubstitution = false)
{
    public string Describe() => Kind switch
    {
        TokenKind.OpenBrace => "'{'",
        TokenKind.CloseBrace => "'}'",
        TokenKind.OpenBracket => "'['",
        TokenKind.CloseBracket => "']'",
        TokenKind.Comma => "','",
        TokenKind.Colon => "':'",
        TokenKind.Equals => "'='",
        TokenKind.PlusEquals => "'+='",
        TokenKind.Newline => "end of line",
        TokenKind.Whitespace => "whitespace",
        TokenKind.QuotedString => $"string \"{Text}\"",
        TokenKind.UnquotedText => $"'{Text}'",
        TokenKind.Substitution => $"substitution ${{{Text}}}",
        _ => "end of file",
    };
}
