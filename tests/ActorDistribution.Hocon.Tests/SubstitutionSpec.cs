namespace ActorDistribution.Hocon.Tests;

public sealed class SubstitutionSpec
{
    [Fact]
    public void A_substitution_takes_the_value_and_type_at_its_path()
    {
        Assert.Equal("""{"x":1}""", Hocon.Parse("a { x = 1 }\nb = ${a}").Json("b"));
    }

    [Fact]
    public void Forward_references_resolve()
    {
        Assert.Equal(5, Hocon.Parse("a = ${b.c}\nb.c = 5").GetInt("a"));
    }

    [Fact]
    public void Substitutions_see_the_final_merged_value()
    {
        Assert.Equal(2, Hocon.Parse("a = 1\nb = ${a}\na = 2").GetInt("b"));
    }

    [Fact]
    public void Substitutions_concatenate_into_strings()
    {
        Assert.Equal("http://localhost:8080/api", Hocon.Parse("host = localhost\nport = 8080\nurl = \"http://\"${host}\":\"${port}/api").GetString("url"));
    }

    [Fact]
    public void A_substitution_chain_resolves_through_several_paths()
    {
        Assert.Equal("z", Hocon.Parse("a = ${b}\nb = ${c}\nc = z").GetString("a"));
    }

    [Fact]
    public void A_self_reference_appends_to_the_previous_value()
    {
        Assert.Equal("/bin:/x", Hocon.Parse("path = /bin\npath = ${path}\":/x\"").GetString("path"));
    }

    [Fact]
    public void A_self_reference_without_a_previous_value_falls_back_to_the_environment()
    {
        var environment = new Dictionary<string, string> { ["path"] = "/usr/bin" };

        Assert.Equal("/usr/bin:/x", Hocon.Parse("path = ${path}\":/x\"", environment).GetString("path"));
    }

    [Fact]
    public void A_self_reference_extends_an_earlier_object()
    {
        Assert.Equal("""{"x":1,"y":2}""", Hocon.Parse("a { x = 1 }\na = ${a} { y = 2 }").Json("a"));
    }

    [Fact]
    public void Plus_equals_appends_to_an_existing_array()
    {
        Assert.Equal(["a", "b", "c"], Hocon.Parse("list = [a, b]\nlist += c").GetStringList("list"));
    }

    [Fact]
    public void Plus_equals_without_an_earlier_value_starts_an_array()
    {
        Assert.Equal(["only"], Hocon.Parse("list += only").GetStringList("list"));
    }

    [Fact]
    public void Plus_equals_inside_a_nested_object_uses_the_full_path()
    {
        Assert.Equal(["1", "2"], Hocon.Parse("a { list = [1] }\na { list += 2 }").GetStringList("a.list"));
    }

    [Fact]
    public void An_undefined_optional_substitution_leaves_the_field_undefined()
    {
        Assert.False(Hocon.Parse("a = ${?missing}").HasPath("a"));
    }

    [Fact]
    public void An_undefined_optional_substitution_keeps_the_earlier_value()
    {
        Assert.Equal(1, Hocon.Parse("a = 1\na = ${?missing}").GetInt("a"));
    }

    [Fact]
    public void An_optional_substitution_takes_an_environment_variable()
    {
        var environment = new Dictionary<string, string> { ["PORT"] = "9000" };

        Assert.Equal(9000, Hocon.Parse("port = 80\nport = ${?PORT}", environment).GetInt("port"));
    }

    [Fact]
    public void The_configuration_wins_over_an_environment_variable_of_the_same_name()
    {
        var environment = new Dictionary<string, string> { ["HOME"] = "/from/env" };

        Assert.Equal("/from/config", Hocon.Parse("HOME = /from/config\nh = ${HOME}", environment).GetString("h"));
    }

    [Fact]
    public void A_reference_into_the_enclosing_object_is_not_a_cycle()
    {
        Assert.Equal(42, Hocon.Parse("bar { foo = 42, baz = ${bar.foo} }").GetInt("bar.baz"));
    }

    [Fact]
    public void A_cycle_names_the_chain_of_paths()
    {
        var error = Hocon.Error("a = ${b}\nb = ${c}\nc = ${a}");

        Assert.Contains("found a substitution cycle", error.Message);
        Assert.Matches(@"a -> b -> c -> a|b -> c -> a -> b|c -> a -> b -> c", error.Message);
        Assert.StartsWith("test.conf:", error.Message);
    }

    [Fact]
    public void An_unresolved_required_substitution_names_the_path_and_its_place()
    {
        var error = Hocon.Error("a = 1\nb = ${no.such}");

        Assert.Equal("test.conf:2:5: could not resolve substitution ${no.such}: found no setting at 'no.such' and no environment variable 'no.such', expected one of them to be defined (write ${?no.such} if it is optional)", error.Message);
    }

    [Fact]
    public void Mixing_an_object_and_a_string_in_a_concatenation_is_an_error()
    {
        var error = Hocon.Error("a { x = 1 }\nb = ${a} text");

        Assert.Contains("expected values of one kind", error.Message);
        Assert.StartsWith("test.conf:2:", error.Message);
    }

    [Fact]
    public void An_undefined_optional_substitution_is_dropped_from_an_array()
    {
        Assert.Equal(["1", "2"], Hocon.Parse("a = [1, ${?nope}, 2]").GetStringList("a"));
    }

    [Fact]
    public void An_undefined_optional_substitution_is_empty_inside_a_string()
    {
        Assert.Equal("foo-bar", Hocon.Parse("a = foo${?nope}-bar").GetString("a"));
    }

    [Fact]
    public void An_optional_self_reference_starts_from_nothing_when_there_is_no_earlier_value()
    {
        Assert.Equal("x", Hocon.Parse("a = ${?a}x").GetString("a"));
    }

    [Fact]
    public void A_substitution_into_an_object_reached_through_another_substitution_resolves()
    {
        Assert.Equal(3, Hocon.Parse("a = ${b}\nb { c { d = 3 } }\ne = ${a.c.d}").GetInt("e"));
    }

    [Fact]
    public void A_field_referring_to_its_own_parent_is_a_cycle()
    {
        var error = Hocon.Error("x { y = ${x} }");

        Assert.Equal("test.conf:1:9: found a substitution cycle x -> x.y -> x, expected values that do not depend on themselves", error.Message);
    }

    [Fact]
    public void A_number_substitution_inside_a_string_keeps_its_text()
    {
        Assert.Equal("retry 12 times", Hocon.Parse("n = 12\nmessage = retry ${n} times").GetString("message"));
    }
}
