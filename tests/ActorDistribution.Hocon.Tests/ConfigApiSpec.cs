namespace ActorDistribution.Hocon.Tests;

public sealed class ConfigApiSpec
{
    private static readonly Config Sample = Hocon.Parse("""
        name = node-1
        count = 12
        big = 9000000000
        ratio = 0.25
        quoted-number = "40"
        flags { a = on, b = off, c = yes, d = no, e = true, f = false }
        section { inner { value = 3 } }
        list = [x, y]
        """);

    [Fact]
    public void Typed_getters_read_their_types()
    {
        Assert.Equal(("node-1", 12, 9_000_000_000L, 0.25), (Sample.GetString("name"), Sample.GetInt("count"), Sample.GetLong("big"), Sample.GetDouble("ratio")));
    }

    [Fact]
    public void Numbers_written_as_strings_are_accepted_as_numbers()
    {
        Assert.Equal(40, Sample.GetInt("quoted-number"));
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("b", false)]
    [InlineData("c", true)]
    [InlineData("d", false)]
    [InlineData("e", true)]
    [InlineData("f", false)]
    public void Booleans_accept_on_off_yes_no_true_false(string key, bool expected)
    {
        Assert.Equal(expected, Sample.GetBoolean($"flags.{key}"));
    }

    [Fact]
    public void A_sub_configuration_reads_relative_paths()
    {
        Assert.Equal(3, Sample.GetConfig("section").GetInt("inner.value"));
    }

    [Fact]
    public void Has_path_tells_defined_from_missing()
    {
        Assert.Equal((true, true, false), (Sample.HasPath("section.inner"), Sample.HasPath("list"), Sample.HasPath("section.nothing")));
    }

    [Fact]
    public void A_missing_setting_names_its_full_path()
    {
        var error = Assert.Throws<HoconException>(() => Sample.GetConfig("section").GetInt("inner.absent"));

        Assert.StartsWith("missing setting 'section.inner.absent'", error.Message);
    }

    [Fact]
    public void A_mistyped_setting_names_where_it_was_written_and_what_was_expected()
    {
        var error = Assert.Throws<HoconException>(() => Sample.GetInt("name"));

        Assert.Equal("test.conf:1:8: setting 'name': found string 'node-1', expected an integer", error.Message);
    }

    [Fact]
    public void An_integer_too_large_for_int_is_refused_by_get_int()
    {
        Assert.Throws<HoconException>(() => Sample.GetInt("big"));
    }

    [Fact]
    public void Reading_an_object_as_a_string_is_an_error()
    {
        Assert.Throws<HoconException>(() => Sample.GetString("section"));
    }

    [Fact]
    public void Root_renders_as_json()
    {
        Assert.Equal("""{"value":3}""", Sample.Json("section.inner"));
    }

    [Fact]
    public void Json_rendering_is_valid_indented_json_for_arrays_of_numbers()
    {
        var json = Hocon.Parse("a = [1, 2.5, 1e+2]").ToJson();

        Assert.Equal("[1,2.5,100]", System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("a")));
        Assert.Contains("\n    1,\n", json.Replace("\r", "", StringComparison.Ordinal));
    }
}
