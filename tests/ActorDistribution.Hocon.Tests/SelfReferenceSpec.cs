namespace ActorDistribution.Hocon.Tests;

/// <summary>A field that refers to its own path sees the value it had before this definition.</summary>
public sealed class SelfReferenceSpec
{
    [Fact]
    public void An_array_extends_itself_by_substitution_and_plus_equals()
    {
        Assert.Equal(["1", "2", "3"], Hocon.Parse("a = [1]\na = ${a} [2]\na += 3").GetStringList("a"));
    }

    [Fact]
    public void An_array_self_reference_keeps_element_types()
    {
        Assert.Equal("""{"a":[1,"two",true]}""", Hocon.Parse("a = [1]\na = ${a} [two]\na += true").Json());
    }

    [Fact]
    public void An_array_may_be_prepended_to()
    {
        Assert.Equal(["0", "1"], Hocon.Parse("a = [1]\na = [0] ${a}").GetStringList("a"));
    }

    [Fact]
    public void Plus_equals_may_add_an_object_or_an_array_as_one_element()
    {
        Assert.Equal("""{"a":[{"x":1},[2]]}""", Hocon.Parse("a += { x = 1 }\na += [2]").Json());
    }

    [Fact]
    public void Plus_equals_on_a_non_array_is_an_error()
    {
        var error = Hocon.Error("a = 1\na += 2");

        Assert.Equal("test.conf:2:3: found array concatenated with number 1, expected values of one kind in a concatenation (all strings, all arrays or all objects)", error.Message);
    }

    [Fact]
    public void An_object_extends_itself_without_whitespace_before_the_braces()
    {
        Assert.Equal("""{"a":1,"b":2}""", Hocon.Parse("foo { a = 1 }\nfoo = ${foo}{ b = 2 }").Json("foo"));
    }

    [Fact]
    public void A_self_referential_object_merge_overrides_fields_of_the_previous_value()
    {
        Assert.Equal("""{"a":1,"b":3}""", Hocon.Parse("foo { a = 1, b = 2 }\nfoo = ${foo} { b = 3 }").Json("foo"));
    }

    [Fact]
    public void A_self_referential_object_merge_is_deep()
    {
        var config = Hocon.Parse("foo { inner { a = 1 } }\nfoo = ${foo} { inner { b = 2 } }");

        Assert.Equal("""{"inner":{"a":1,"b":2}}""", config.Json("foo"));
    }

    [Fact]
    public void A_field_refers_to_its_own_earlier_value_inside_a_repeated_object()
    {
        var config = Hocon.Parse("foo { list = [1] }\nfoo { list = ${foo.list} [2] }");

        Assert.Equal(["1", "2"], config.GetStringList("foo.list"));
    }

    [Fact]
    public void A_reference_to_a_sibling_sees_its_final_value()
    {
        var config = Hocon.Parse("bar { foo = 42, baz = ${bar.foo} }\nbar { foo = 43 }");

        Assert.Equal(43, config.GetInt("bar.baz"));
    }

    [Fact]
    public void A_self_reference_to_a_child_of_an_earlier_object_replaces_then_merges()
    {
        var config = Hocon.Parse("foo { a { c = 1 } }\nfoo = ${foo.a}\nfoo { a = 2 }");

        Assert.Equal(CanonicalJson.Of("""{"c":1,"a":2}"""), CanonicalJson.Of(config.GetValue("foo").ToJson()));
    }

    [Fact]
    public void A_self_reference_to_a_scalar_keeps_its_value()
    {
        Assert.Equal(1, Hocon.Parse("foo = 1\nfoo = ${foo}").GetInt("foo"));
    }

    [Fact]
    public void A_required_self_reference_with_no_earlier_value_is_an_error()
    {
        var error = Hocon.Error("foo = ${foo}");

        Assert.StartsWith("test.conf:1:7: could not resolve substitution ${foo}", error.Message);
    }

    [Fact]
    public void An_optional_self_reference_with_no_earlier_value_leaves_the_field_unset()
    {
        Assert.False(Hocon.Parse("foo = ${?foo}").HasPath("foo"));
    }

    [Fact]
    public void A_later_definition_does_not_change_what_an_earlier_self_reference_saw()
    {
        var config = Hocon.Parse("a = x\na = ${a}y\nb = ${a}\na = ${a}z");

        Assert.Equal(("xyz", "xyz"), (config.GetString("a"), config.GetString("b")));
    }

    [Fact]
    public void Two_fields_referring_to_each_other_are_a_cycle()
    {
        var error = Hocon.Error("bar = ${foo}\nfoo = ${bar}");

        Assert.Contains("found a substitution cycle", error.Message);
    }

    [Fact]
    public void A_dotted_key_refers_to_its_own_earlier_value()
    {
        Assert.Equal("12", Hocon.Parse("foo.bar = 1\nfoo.bar = ${foo.bar}2").GetString("foo.bar"));
    }

    [Fact]
    public void Plus_equals_with_a_dotted_key_appends_to_the_nested_array()
    {
        Assert.Equal(["1", "2"], Hocon.Parse("foo { list = [1] }\nfoo.list += 2").GetStringList("foo.list"));
    }

    [Fact]
    public void A_substitution_of_the_field_inside_its_own_array_is_a_cycle()
    {
        var error = Hocon.Error("a = [1]\na = [${a}, 2]");

        Assert.Equal("test.conf:2:6: found a substitution cycle a -> a, expected values that do not depend on themselves", error.Message);
    }

    [Fact]
    public void A_substitution_of_the_field_inside_its_own_object_is_a_cycle()
    {
        var error = Hocon.Error("a = a\na = { b = ${a} }");

        Assert.Contains("found a substitution cycle a -> a.b -> a", error.Message);
    }

    [Fact]
    public void An_optional_substitution_caught_in_a_cycle_counts_as_missing()
    {
        Assert.Equal("""{"a":[1]}""", Hocon.Parse("a = [${?a}, 1]").Json());
    }

    [Fact]
    public void An_optional_substitution_of_the_field_inside_its_own_object_counts_as_missing()
    {
        Assert.Equal("""{"a":{"c":1}}""", Hocon.Parse("a = { b = ${?a}, c = 1 }").Json());
    }
}
