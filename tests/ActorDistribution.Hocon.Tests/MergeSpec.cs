namespace ActorDistribution.Hocon.Tests;

public sealed class MergeSpec
{
    [Fact]
    public void A_repeated_object_key_merges_the_objects()
    {
        Assert.Equal("""{"x":1,"y":2}""", Hocon.Parse("a { x = 1 }\na { y = 2 }").Json("a"));
    }

    [Fact]
    public void Merging_is_recursive_and_the_later_value_wins()
    {
        var config = Hocon.Parse("a { b { x = 1, y = 1 } }\na { b { y = 2 } }");

        Assert.Equal("""{"x":1,"y":2}""", config.Json("a.b"));
    }

    [Fact]
    public void A_null_in_between_stops_the_merge()
    {
        Assert.Equal("""{"y":2}""", Hocon.Parse("a { x = 1 }\na = null\na { y = 2 }").Json("a"));
    }

    [Fact]
    public void A_scalar_in_between_stops_the_merge()
    {
        Assert.Equal("""{"y":2}""", Hocon.Parse("a { x = 1 }\na = 5\na { y = 2 }").Json("a"));
    }

    [Fact]
    public void A_repeated_non_object_key_takes_the_last_value()
    {
        Assert.Equal(3, Hocon.Parse("a = 1\na = [2]\na = 3").GetInt("a"));
    }

    [Fact]
    public void A_null_value_is_not_a_path()
    {
        Assert.False(Hocon.Parse("a = null").HasPath("a"));
    }

    [Fact]
    public void With_fallback_merges_objects_and_prefers_the_receiver()
    {
        var over = Hocon.Parse("a { x = 2 }\nb = over");
        var fallback = Hocon.Parse("a { x = 1, y = 1 }\nc = fallback");

        Assert.Equal("""{"a":{"x":2,"y":1},"c":"fallback","b":"over"}""", over.WithFallback(fallback).Json());
    }

    [Fact]
    public void An_object_after_a_substitution_merges_with_the_substituted_object()
    {
        Assert.Equal("""{"x":1,"y":2}""", Hocon.Parse("base { x = 1 }\na = ${base}\na { y = 2 }").Json("a"));
    }

    [Fact]
    public void A_substitution_after_an_object_replaces_it_when_it_is_not_an_object()
    {
        Assert.Equal(5, Hocon.Parse("five = 5\na { x = 1 }\na = ${five}").GetInt("a"));
    }

    [Fact]
    public void A_null_in_between_stops_the_merge_of_dotted_keys()
    {
        Assert.Equal("""{"a":{"y":2}}""", Hocon.Parse("a.x = 1\na = null\na.y = 2").Json());
    }

    [Fact]
    public void A_null_nested_in_a_later_object_stops_only_that_field_merging()
    {
        var config = Hocon.Parse("a { b { x = 1 }, c = 1 }\na { b = null }\na { b { y = 2 } }");

        Assert.Equal("""{"a":{"b":{"y":2},"c":1}}""", config.Json());
    }

    [Fact]
    public void A_null_last_leaves_the_setting_null()
    {
        var config = Hocon.Parse("a { x = 1 }\na = null");

        Assert.Equal("""{"a":null}""", config.Json());
        Assert.False(config.HasPath("a"));
    }

    [Fact]
    public void An_object_after_a_null_substitution_replaces_the_null()
    {
        Assert.Equal("""{"y":2}""", Hocon.Parse("n = null\na { x = 1 }\na = ${n}\na { y = 2 }").Json("a"));
    }

    [Fact]
    public void Merging_with_fallback_stops_at_an_intermediate_non_object()
    {
        var first = Hocon.Parse("a { x = 1 }");
        var second = Hocon.Parse("a = 42");
        var third = Hocon.Parse("a { y = 2 }");

        Assert.Equal("""{"a":{"x":1}}""", first.WithFallback(second).WithFallback(third).Json());
    }

    [Fact]
    public void Merging_with_fallback_combines_adjacent_objects()
    {
        var first = Hocon.Parse("a { x = 1 }");
        var second = Hocon.Parse("a { y = 2 }");
        var third = Hocon.Parse("a = 42");

        Assert.Equal("""{"a":{"y":2,"x":1}}""", first.WithFallback(second).WithFallback(third).Json());
    }

    [Fact]
    public void An_object_set_back_after_null_does_not_merge_with_a_fallback()
    {
        var over = Hocon.Parse("a = null\na { y = 2 }");
        var defaults = Hocon.Parse("a { x = 1 }");

        Assert.Equal("""{"a":{"y":2}}""", over.WithFallback(defaults).Json());
    }

    [Fact]
    public void An_object_merged_over_a_cleared_object_still_hides_the_fallback()
    {
        var over = Hocon.Parse("a = null\na { y = 2 }\na { z = 3 }");
        var defaults = Hocon.Parse("a { x = 1 }");

        Assert.Equal("""{"a":{"y":2,"z":3}}""", over.WithFallback(defaults).Json());
    }

    [Fact]
    public void An_object_after_a_null_substitution_hides_the_fallback()
    {
        var over = Hocon.Parse("n = null\na = ${n}\na { y = 2 }");
        var defaults = Hocon.Parse("a { x = 1 }");

        Assert.Equal("""{"y":2}""", over.WithFallback(defaults).Json("a"));
    }
}
