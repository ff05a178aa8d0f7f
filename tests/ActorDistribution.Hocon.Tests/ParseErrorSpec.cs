namespace ActorDistribution.Hocon.Tests;

public sealed class ParseErrorSpec
{
    [Fact]
    public void A_missing_value_names_file_line_column_what_was_found_and_expected()
    {
        var error = Hocon.Error("a = 1\nb = ");

        Assert.Equal("test.conf:2:5: found end of file, expected a value", error.Message);
        Assert.Equal(("test.conf", 2, 5), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void An_unclosed_object_says_where_it_was_opened()
    {
        var error = Hocon.Error("a {\n  b = 1\n");

        Assert.Equal("test.conf:3:1: found end of file, expected '}' closing the object opened at test.conf:1:3", error.Message);
    }

    [Fact]
    public void An_unclosed_string_is_reported_at_the_end_of_its_line()
    {
        var error = Hocon.Error("a = \"open\nb = 1");

        Assert.StartsWith("test.conf:1:10: found end of line, expected a closing '\"'", error.Message);
    }

    [Fact]
    public void A_forbidden_character_in_an_unquoted_string_suggests_quoting()
    {
        var error = Hocon.Error("a = b@c");

        Assert.Equal("test.conf:1:6: found '@', expected a value, key or separator (quote strings that contain it)", error.Message);
    }

    [Fact]
    public void A_key_without_separator_names_the_key()
    {
        var error = Hocon.Error("a 1");

        Assert.Contains("expected ':', '=' or '{' after the key", error.Message);
    }

    [Fact]
    public void Two_values_separated_by_a_colon_report_the_colon()
    {
        var error = Hocon.Error("a = 1 : 2");

        Assert.Equal("test.conf:1:7: found ':', expected ',' or a new line after a field", error.Message);
    }

    [Fact]
    public void An_unknown_escape_is_reported_where_it_is()
    {
        var error = Hocon.Error("a = \"bad \\q\"");

        Assert.StartsWith("test.conf:1:11: found '\\q'", error.Message);
    }

    [Fact]
    public void An_array_at_the_root_is_refused()
    {
        var error = Hocon.Error("[1, 2]");

        Assert.Contains("expected an object", error.Message);
    }

    [Fact]
    public void A_substitution_used_as_a_key_is_refused()
    {
        var error = Hocon.Error("${a} = 1");

        Assert.Contains("keys cannot contain substitutions", error.Message);
    }

    [Fact]
    public void An_empty_path_element_in_a_key_is_refused()
    {
        var error = Hocon.Error("a..b = 1");

        Assert.Contains("empty element", error.Message);
    }

    [Theory]
    [InlineData("a = [1, 2", "test.conf:1:10: found end of file, expected ']' closing the array opened at test.conf:1:5")]
    [InlineData("a = [1,,2]", "test.conf:1:8: found ',', expected a value")]
    [InlineData("a = 1,,", "test.conf:1:7: found ',', expected a key")]
    [InlineData("a = }", "test.conf:1:5: found '}', expected a value")]
    [InlineData("{ a = 1 }\nb = 2", "test.conf:2:1: found 'b', expected end of file after the root object")]
    [InlineData("a {\n  b = 1\n  c = [\n    1\n  }\n}", "test.conf:5:3: found '}', expected a value")]
    [InlineData("a {\n  b = 1\n  c 2\n}", "test.conf:3:6: found end of line, expected ':', '=' or '{' after the key '\"c 2\"' (started at test.conf:3:3)")]
    [InlineData("a = 1\r\nb = \"x", "test.conf:2:7: found end of file, expected a closing '\"' for the string opened at test.conf:2:5")]
    [InlineData("a = [1, 2}", "test.conf:1:10: found '}', expected ',', a new line or ']' after an array element")]
    [InlineData("a { b = 1 ]", "test.conf:1:11: found ']', expected ',', a new line or '}' after a field")]
    [InlineData("a = ${b", "test.conf:1:8: found end of file, expected '}' closing the substitution opened at test.conf:1:5")]
    [InlineData("a = ${}", "test.conf:1:5: found an empty substitution, expected a path inside ${...}")]
    [InlineData("a = \"\"\"never closed", "test.conf:1:20: found end of file, expected '\"\"\"' closing the string opened at test.conf:1:5")]
    [InlineData("\ta = `x`", "test.conf:1:6: found '`', expected a value, key or separator (quote strings that contain it)")]
    [InlineData("x = 1\ny = \"\\u12\"", "test.conf:2:7: found '\\u12\"', expected four hexadecimal digits after \\u")]
    public void Malformed_input_is_reported_at_its_exact_line_and_column(string text, string message)
    {
        Assert.Equal(message, Hocon.Error(text).Message);
    }

    [Theory]
    [InlineData("a.b. = 1", 1, 1)]
    [InlineData("x = 1\n  a..b = 1", 2, 3)]
    public void An_empty_key_element_is_reported_at_the_key(string text, int line, int column)
    {
        var error = Hocon.Error(text);

        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void A_closing_brace_without_an_opening_one_is_refused_when_root_braces_are_omitted()
    {
        var error = Hocon.Error("a = 1\n}");

        Assert.Equal("test.conf:2:1: found '}' that closes no '{', expected a key or end of file", error.Message);
    }
}
