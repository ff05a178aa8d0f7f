using ActorDistribution.Testing;
namespace ActorDistribution.Hocon.Tests;

public sealed class IncludeSpec : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void An_included_file_is_found_relative_to_the_including_file()
    {
        folder.Write("conf/sub/part.conf", "x = from-part");
        var main = folder.Write("conf/main.conf", "include \"sub/part.conf\"\ny = 2");

        var config = ConfigFactory.ParseFile(main, Hocon.NoEnvironment);

        Assert.Equal("from-part", config.GetString("x"));
    }

    [Fact]
    public void Nested_includes_are_relative_to_their_own_file()
    {
        folder.Write("a/b/inner.conf", "deep = yes");
        folder.Write("a/b/outer.conf", "include \"inner.conf\"");
        var main = folder.Write("main.conf", "include \"a/b/outer.conf\"");

        Assert.True(ConfigFactory.ParseFile(main, Hocon.NoEnvironment).GetBoolean("deep"));
    }

    [Fact]
    public void Fields_after_an_include_override_it_and_fields_before_are_overridden()
    {
        folder.Write("part.conf", "a = included\nb = included");
        var main = folder.Write("main.conf", "a = before\ninclude \"part.conf\"\nb = after");

        var config = ConfigFactory.ParseFile(main, Hocon.NoEnvironment);

        Assert.Equal(("included", "after"), (config.GetString("a"), config.GetString("b")));
    }

    [Fact]
    public void An_include_inside_an_object_lands_under_that_object()
    {
        folder.Write("part.conf", "x = 1");
        var main = folder.Write("main.conf", "section { include file(\"part.conf\") }");

        Assert.Equal(1, ConfigFactory.ParseFile(main, Hocon.NoEnvironment).GetInt("section.x"));
    }

    [Fact]
    public void Substitutions_in_a_nested_include_look_under_the_include_point_first_then_at_the_root()
    {
        folder.Write("part.conf", "local = 1\nuse-local = ${local}\nuse-root = ${top}");
        var main = folder.Write("main.conf", "top = root-value\nsection { include \"part.conf\" }");

        var config = ConfigFactory.ParseFile(main, Hocon.NoEnvironment);

        Assert.Equal((1, "root-value"), (config.GetInt("section.use-local"), config.GetString("section.use-root")));
    }

    [Fact]
    public void A_missing_optional_include_is_ignored()
    {
        var main = folder.Write("main.conf", "include \"nothere.conf\"\na = 1");

        Assert.Equal(1, ConfigFactory.ParseFile(main, Hocon.NoEnvironment).GetInt("a"));
    }

    [Fact]
    public void A_missing_required_include_is_an_error_at_the_include()
    {
        var main = folder.Write("main.conf", "a = 1\ninclude required(file(\"nothere.conf\"))");

        var error = Assert.Throws<HoconException>(() => ConfigFactory.ParseFile(main, Hocon.NoEnvironment));

        Assert.Equal((main, 2), (error.File, error.Line));
        Assert.Contains("nothere.conf", error.Message);
        Assert.Contains("expected the required include to exist", error.Message);
    }

    [Fact]
    public void An_include_without_extension_finds_the_conf_file()
    {
        folder.Write("part.conf", "x = 1");
        var main = folder.Write("main.conf", "include required(\"part\")");

        Assert.Equal(1, ConfigFactory.ParseFile(main, Hocon.NoEnvironment).GetInt("x"));
    }

    [Fact]
    public void An_include_cycle_is_reported_with_its_files()
    {
        folder.Write("a.conf", "include \"b.conf\"");
        folder.Write("b.conf", "include \"a.conf\"");

        var error = Assert.Throws<HoconException>(() => ConfigFactory.ParseFile(Path.Combine(folder.Path, "a.conf"), Hocon.NoEnvironment));

        Assert.Contains("found an include cycle", error.Message);
        Assert.Contains("a.conf -> ", error.Message);
    }

    [Fact]
    public void Errors_inside_an_included_file_name_that_file()
    {
        var part = folder.Write("part.conf", "ok = 1\nbad = [1, 2");
        var main = folder.Write("main.conf", "include \"part.conf\"");

        var error = Assert.Throws<HoconException>(() => ConfigFactory.ParseFile(main, Hocon.NoEnvironment));

        Assert.Equal(part, error.File);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Url_includes_are_refused_with_a_clear_message()
    {
        var error = Hocon.Error("include url(\"http://example.com/x.conf\")");

        Assert.Contains("url and classpath includes are not supported", error.Message);
    }

    [Fact]
    public void A_file_including_itself_is_a_cycle_at_its_include_line()
    {
        var self = folder.Write("self.conf", "a = 1\ninclude \"self.conf\"");

        var error = Assert.Throws<HoconException>(() => ConfigFactory.ParseFile(self, Hocon.NoEnvironment));

        Assert.Equal((self, 2, 9), (error.File, error.Line, error.Column));
        Assert.Contains("found an include cycle", error.Message);
    }

    [Fact]
    public void A_three_file_cycle_names_every_file()
    {
        folder.Write("a.conf", "include \"b.conf\"");
        folder.Write("b.conf", "include \"c.conf\"");
        var c = folder.Write("c.conf", "include \"a.conf\"");

        var error = Assert.Throws<HoconException>(() => ConfigFactory.ParseFile(Path.Combine(folder.Path, "a.conf"), Hocon.NoEnvironment));

        Assert.Equal(c, error.File);
        Assert.Matches(@"a\.conf -> .*b\.conf -> .*c\.conf -> .*a\.conf", error.Message);
    }

    [Fact]
    public void The_same_file_included_twice_without_a_cycle_is_allowed()
    {
        folder.Write("shared.conf", "shared = yes");
        folder.Write("left.conf", "include \"shared.conf\"\nleft = 1");
        folder.Write("right.conf", "include \"shared.conf\"\nright = 2");
        var main = folder.Write("main.conf", "include \"left.conf\"\ninclude \"right.conf\"");

        Assert.Equal("""{"shared":"yes","left":1,"right":2}""", ConfigFactory.ParseFile(main, Hocon.NoEnvironment).Json());
    }

    [Fact]
    public void A_substitution_in_an_included_file_sees_a_later_override_under_the_include_point()
    {
        folder.Write("foo.conf", "{ x : 10, y : ${x} }");
        var main = folder.Write("main.conf", "a : { include \"foo.conf\" }\na : { x : 42 }");

        Assert.Equal("""{"a":{"x":42,"y":42}}""", ConfigFactory.ParseFile(main, Hocon.NoEnvironment).Json());
    }

    [Fact]
    public void An_included_file_with_an_array_at_its_root_is_refused()
    {
        var part = folder.Write("part.conf", "[1, 2]");
        var main = folder.Write("main.conf", "include \"part.conf\"");

        var error = Assert.Throws<HoconException>(() => ConfigFactory.ParseFile(main, Hocon.NoEnvironment));

        Assert.Equal((part, 1, 1), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void Newlines_may_separate_include_from_its_file_name()
    {
        folder.Write("part.conf", "x = 1");
        var main = folder.Write("main.conf", "include\n  \"part.conf\"\ny = 2");

        Assert.Equal("""{"x":1,"y":2}""", ConfigFactory.ParseFile(main, Hocon.NoEnvironment).Json());
    }
}
