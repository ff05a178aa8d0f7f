namespace ActorDistribution.Hocon.Tests;

public sealed class ParsingSpec
{
    [Fact]
    public void Plain_json_is_read_with_its_types()
    {
        var config = Hocon.Parse("""{ "a": 1, "b": "two", "c": true, "d": null, "e": [1.5, -2e3], "f": { "g": false } }""");

        Assert.Equal("""{"a":1,"b":"two","c":true,"d":null,"e":[1.5,-2000],"f":{"g":false}}""", config.Json());
    }

    [Fact]
    public void A_json_exponent_with_a_plus_sign_is_a_number()
    {
        Assert.Equal(100000.0, Hocon.Parse("a = 1e+5").GetDouble("a"));
    }

    [Fact]
    public void An_empty_document_is_an_empty_configuration()
    {
        Assert.Empty(Hocon.Parse("  \n# nothing here\n").Root.Fields);
    }

    [Fact]
    public void Trailing_commas_are_allowed_in_objects_and_arrays()
    {
        Assert.Equal(["1", "2"], Hocon.Parse("{ a = [1, 2,], }").GetStringList("a"));
    }

    [Fact]
    public void Root_braces_may_be_omitted()
    {
        Assert.Equal(7, Hocon.Parse("a = 7").GetInt("a"));
    }

    [Theory]
    [InlineData("a = 1")]
    [InlineData("a : 1")]
    [InlineData("a=1")]
    public void Equals_and_colon_both_separate_key_and_value(string text)
    {
        Assert.Equal(1, Hocon.Parse(text).GetInt("a"));
    }

    [Fact]
    public void The_separator_may_be_omitted_before_an_object()
    {
        Assert.Equal(2, Hocon.Parse("a { b = 2 }").GetInt("a.b"));
    }

    [Fact]
    public void Newlines_separate_fields_and_array_elements_like_commas()
    {
        var config = Hocon.Parse("a = 1\nb = 2\nlist = [\n  x\n  y,\n  z,\n]\n");

        Assert.Equal(2, config.GetInt("b"));
        Assert.Equal(["x", "y", "z"], config.GetStringList("list"));
    }

    [Fact]
    public void Hash_and_double_slash_start_comments()
    {
        var config = Hocon.Parse("# heading\na = 1 // trailing\nb = 2 # trailing\n// c = 3");

        Assert.Equal("""{"a":1,"b":2}""", config.Json());
    }

    [Fact]
    public void Unquoted_strings_keep_inner_whitespace_and_drop_outer()
    {
        Assert.Equal("hello big world", Hocon.Parse("a =   hello big world   ").GetString("a"));
    }

    [Fact]
    public void Quoted_strings_decode_json_escapes()
    {
        Assert.Equal("tab\there \"q\" \u00e9", Hocon.Parse("""a = "tab\there \"q\" \u00e9" """).GetString("a"));
    }

    [Fact]
    public void Triple_quoted_strings_are_raw_and_may_span_lines()
    {
        var config = Hocon.Parse("a = \"\"\"line one\n  C:\\no\\escapes \"quoted\"\"\"\"");

        Assert.Equal("line one\n  C:\\no\\escapes \"quoted\"", config.GetString("a"));
    }

    [Fact]
    public void Unquoted_true_false_null_and_numbers_keep_their_types_only_when_alone()
    {
        var config = Hocon.Parse("a = true\nb = 42\nc = 42 apples\nd = null");

        Assert.Equal("""{"a":true,"b":42,"c":"42 apples","d":null}""", config.Json());
    }

    [Fact]
    public void Adjacent_strings_concatenate_with_the_whitespace_between_them()
    {
        Assert.Equal("foo bar-baz", Hocon.Parse("""a = foo "bar"-baz""").GetString("a"));
    }

    [Fact]
    public void Adjacent_arrays_concatenate()
    {
        Assert.Equal(["1", "2", "3"], Hocon.Parse("a = [1, 2] [3]").GetStringList("a"));
    }

    [Fact]
    public void Adjacent_objects_merge()
    {
        Assert.Equal("""{"x":1,"y":3}""", Hocon.Parse("a = { x = 1, y = 2 } { y = 3 }").Json("a"));
    }

    [Fact]
    public void Dotted_keys_are_paths()
    {
        Assert.Equal("""{"a":{"b":{"c":1,"d":2}}}""", Hocon.Parse("a.b.c = 1\na.b.d = 2").Json());
    }

    [Fact]
    public void Quoted_key_elements_may_contain_dots()
    {
        var config = Hocon.Parse("""a."b.c" = 1""");

        Assert.Equal(1, config.GetInt("""a."b.c" """));
        Assert.False(config.HasPath("a.b.c"));
    }

    [Fact]
    public void Keys_may_contain_spaces_between_words()
    {
        Assert.Equal(1, Hocon.Parse("my key = 1").GetInt("\"my key\""));
    }

    [Fact]
    public void Object_with_integer_keys_reads_as_a_list_in_index_order()
    {
        var config = Hocon.Parse("a { 2 = c, 0 = a, 1 = b, note = ignored }");

        Assert.Equal(["a", "b", "c"], config.GetStringList("a"));
    }

    [Fact]
    public void Windows_line_endings_separate_fields()
    {
        Assert.Equal("""{"a":1,"b":2}""", Hocon.Parse("a = 1\r\nb = 2\r\n").Json());
    }

    [Fact]
    public void Include_followed_by_a_separator_is_an_ordinary_key()
    {
        Assert.Equal(5, Hocon.Parse("include = 5").GetInt("include"));
    }

    [Fact]
    public void Json_style_nested_objects_with_commas_parse_on_one_line()
    {
        Assert.Equal("""{"a":{"b":[{"c":1},{"c":2}]}}""", Hocon.Parse("""{"a":{"b":[{"c":1},{"c":2}]}}""").Json());
    }

    [Fact]
    public void Values_without_commas_or_newlines_in_an_array_are_one_concatenated_element()
    {
        Assert.Equal("""{"a":["1 2 3"]}""", Hocon.Parse("a = [1 2 3]").Json());
    }

    [Fact]
    public void Arrays_side_by_side_inside_an_array_are_one_concatenated_element()
    {
        Assert.Equal("""{"a":[[1,2]]}""", Hocon.Parse("a = [[1] [2]]").Json());
    }

    [Fact]
    public void Objects_side_by_side_inside_an_array_are_one_merged_element()
    {
        Assert.Equal("""{"a":[{"x":1,"y":2}]}""", Hocon.Parse("a = [{ x = 1 } { y = 2 }]").Json());
    }

    [Fact]
    public void A_boolean_followed_by_text_is_a_string()
    {
        Assert.Equal("""{"a":"truefoo","b":"10.0bar"}""", Hocon.Parse("a = truefoo\nb = 10.0bar").Json());
    }

    [Fact]
    public void Include_as_a_value_is_an_ordinary_string()
    {
        Assert.Equal("""{"foo":"include","list":["include"]}""", Hocon.Parse("foo : include\nlist = [ include ]").Json());
    }

    [Fact]
    public void An_empty_quoted_key_is_a_key()
    {
        Assert.Equal("""{"":1}""", Hocon.Parse("\"\" = 1").Json());
    }
}
