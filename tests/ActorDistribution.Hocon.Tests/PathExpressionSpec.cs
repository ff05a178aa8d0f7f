namespace ActorDistribution.Hocon.Tests;

/// <summary>Keys and substitutions are path expressions: unquoted dots split, quoted text is one element.</summary>
public sealed class PathExpressionSpec
{
    [Fact]
    public void An_unquoted_dotted_key_is_three_nested_objects()
    {
        Assert.Equal("""{"a":{"b":{"c":1}}}""", Hocon.Parse("a.b.c = 1").Json());
    }

    [Fact]
    public void A_quoted_element_keeps_its_dot_and_is_one_key()
    {
        Assert.Equal("""{"a.b":{"c":1}}""", Hocon.Parse("\"a.b\".c = 1").Json());
    }

    [Fact]
    public void A_dotted_path_and_a_quoted_dot_are_different_settings()
    {
        var config = Hocon.Parse("a.b.c = 1\n\"a.b\".c = 2");

        Assert.Equal((1, 2), (config.GetInt("a.b.c"), config.GetInt("\"a.b\".c")));
        Assert.Equal("""{"a":{"b":{"c":1}},"a.b":{"c":2}}""", config.Json());
    }

    [Fact]
    public void A_number_as_a_key_is_split_at_its_dot()
    {
        var config = Hocon.Parse("10.5 = x");

        Assert.Equal("""{"10":{"5":"x"}}""", config.Json());
        Assert.Equal("x", config.GetString("10.5"));
    }

    [Fact]
    public void A_number_followed_by_text_in_a_key_splits_at_the_dot()
    {
        Assert.Equal("""{"10":{"0foo":1}}""", Hocon.Parse("10.0foo = 1").Json());
    }

    [Fact]
    public void Text_followed_by_a_number_in_a_key_splits_at_the_dot()
    {
        Assert.Equal("""{"foo10":{"0":1}}""", Hocon.Parse("foo10.0 = 1").Json());
    }

    [Fact]
    public void Unquoted_text_joined_to_a_quoted_number_is_one_key()
    {
        Assert.Equal("""{"foo10.0":1}""", Hocon.Parse("foo\"10.0\" = 1").Json());
    }

    [Fact]
    public void A_quoted_element_after_a_dot_may_contain_spaces()
    {
        var config = Hocon.Parse("foo.\"bar baz\" = 1");

        Assert.Equal("""{"foo":{"bar baz":1}}""", config.Json());
        Assert.Equal(1, config.GetInt("foo.\"bar baz\""));
    }

    [Fact]
    public void Whitespace_between_words_of_a_key_is_kept()
    {
        Assert.Equal("""{"a b c":42}""", Hocon.Parse("a b c : 42").Json());
    }

    [Fact]
    public void Whitespace_between_words_is_kept_in_every_element_of_a_dotted_key()
    {
        Assert.Equal("""{"foo bar":{"baz qux":1}}""", Hocon.Parse("foo bar.baz qux = 1").Json());
    }

    [Fact]
    public void Whitespace_around_a_key_is_dropped()
    {
        Assert.Equal("""{"a":{"b":1}}""", Hocon.Parse("   a.b   =   1").Json());
    }

    [Fact]
    public void Whitespace_inside_quotes_of_a_key_is_kept()
    {
        Assert.Equal("""{" a ":1}""", Hocon.Parse("\" a \" = 1").Json());
    }

    [Fact]
    public void A_quoted_empty_element_is_a_valid_key()
    {
        Assert.Equal("""{"a":{"":{"b":1}}}""", Hocon.Parse("a.\"\".b = 1").Json());
    }

    [Fact]
    public void Keys_that_look_like_booleans_or_null_are_strings()
    {
        Assert.Equal("""{"true":42,"null":1}""", Hocon.Parse("true : 42\nnull : 1").Json());
    }

    [Fact]
    public void Include_later_in_a_key_is_an_ordinary_word()
    {
        Assert.Equal("""{"foo include":42}""", Hocon.Parse("foo include : 42").Json());
    }

    [Fact]
    public void A_quoted_include_key_is_an_ordinary_key()
    {
        Assert.Equal("""{"include":42}""", Hocon.Parse("\"include\" : 42").Json());
    }

    [Fact]
    public void A_substitution_path_may_quote_an_element_with_a_dot()
    {
        Assert.Equal(2, Hocon.Parse("a.b.c = 1\n\"a.b\".c = 2\nx = ${\"a.b\".c}").GetInt("x"));
    }

    [Fact]
    public void A_substitution_path_may_quote_an_element_with_a_space()
    {
        Assert.Equal(1, Hocon.Parse("foo.\"bar baz\" = 1\nx = ${foo.\"bar baz\"}").GetInt("x"));
    }

    [Fact]
    public void Whitespace_just_inside_substitution_braces_is_ignored()
    {
        Assert.Equal(1, Hocon.Parse("a.b = 1\nx = ${ a.b }").GetInt("x"));
    }

    [Fact]
    public void A_numeric_substitution_path_splits_at_the_dot()
    {
        Assert.Equal("x", Hocon.Parse("10.5 = x\ny = ${10.5}").GetString("y"));
    }

    [Theory]
    [InlineData("a..b = 1")]
    [InlineData(".a = 1")]
    [InlineData("a. = 1")]
    public void An_empty_unquoted_element_is_refused(string text)
    {
        Assert.Contains("empty element", Hocon.Error(text).Message);
    }
}
