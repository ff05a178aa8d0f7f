namespace ActorDistribution.Hocon.Tests;

/// <summary>Simple values on one line join into a string, keeping the whitespace written between them.</summary>
public sealed class ConcatenationSpec
{
    [Fact]
    public void Inner_whitespace_is_kept_exactly_as_written()
    {
        Assert.Equal("foo bar  baz", Hocon.Parse("a = foo bar  baz").GetString("a"));
    }

    [Fact]
    public void A_tab_between_words_is_kept()
    {
        Assert.Equal("foo\tbar", Hocon.Parse("a = foo\tbar").GetString("a"));
    }

    [Fact]
    public void Whitespace_before_a_comment_is_dropped()
    {
        Assert.Equal("foo bar", Hocon.Parse("a = foo bar   # note").GetString("a"));
    }

    [Fact]
    public void A_substitution_then_text_keeps_the_space_between_them()
    {
        Assert.Equal("foo bar", Hocon.Parse("x = foo\na = ${x} bar").GetString("a"));
    }

    [Fact]
    public void Whitespace_around_a_substitution_inside_text_is_kept()
    {
        Assert.Equal("the quick fox  jumped", Hocon.Parse("fox = fox\na = the quick ${fox}  jumped").GetString("a"));
    }

    [Fact]
    public void Quoted_and_unquoted_parts_join_with_their_whitespace()
    {
        Assert.Equal("foo bar  baz", Hocon.Parse("a = \"foo\" bar  \"baz\"").GetString("a"));
    }

    [Fact]
    public void Booleans_null_and_numbers_become_their_written_text_in_a_concatenation()
    {
        Assert.Equal("true null 1e5 10.0", Hocon.Parse("a = true null 1e5 10.0").GetString("a"));
    }

    [Fact]
    public void A_number_substitution_keeps_its_written_form_in_a_concatenation()
    {
        Assert.Equal("v1.50", Hocon.Parse("n = 1.50\na = v${n}").GetString("a"));
    }

    [Fact]
    public void A_null_substitution_is_an_empty_string_in_a_concatenation()
    {
        Assert.Equal("a-b", Hocon.Parse("n = null\na = a-${n}b").GetString("a"));
    }

    [Fact]
    public void A_missing_optional_substitution_drops_out_of_a_concatenation()
    {
        Assert.Equal("foo  bar", Hocon.Parse("a = foo ${?missing} bar").GetString("a"));
    }

    [Fact]
    public void A_missing_optional_substitution_first_in_a_concatenation_leaves_the_rest()
    {
        // The substitution is an empty string, so the space after it is between two values and stays.
        Assert.Equal(" bar", Hocon.Parse("a = ${?missing} bar").GetString("a"));
    }

    [Fact]
    public void Several_missing_optional_substitutions_leave_the_field_unset()
    {
        Assert.False(Hocon.Parse("a = ${?x}${?y}").HasPath("a"));
    }

    [Fact]
    public void A_missing_optional_substitution_alone_does_not_set_the_field()
    {
        var config = Hocon.Parse("a = ${?missing}\nb = 1");

        Assert.False(config.HasPath("a"));
        Assert.Equal("""{"b":1}""", config.Json());
    }

    [Fact]
    public void A_missing_optional_substitution_alone_in_an_object_leaves_the_object_empty()
    {
        Assert.Equal("""{"o":{}}""", Hocon.Parse("o { a = ${?missing} }").Json());
    }

    [Fact]
    public void A_missing_optional_substitution_in_an_array_concatenation_drops_out()
    {
        Assert.Equal(["1", "2"], Hocon.Parse("a = ${?missing} [1, 2]").GetStringList("a"));
    }

    [Fact]
    public void A_missing_optional_substitution_in_an_object_concatenation_drops_out()
    {
        Assert.Equal("""{"x":1}""", Hocon.Parse("a = ${?missing} { x = 1 }").Json("a"));
    }

    [Fact]
    public void A_single_value_keeps_its_type()
    {
        Assert.Equal("""{"a":true,"b":10.0}""", Hocon.Parse("a = true\nb = 10.0").Json());
    }

    [Fact]
    public void An_array_concatenated_with_a_string_is_an_error()
    {
        var error = Hocon.Error("a = [1] foo");

        Assert.Contains("expected values of one kind in a concatenation", error.Message);
    }
}
