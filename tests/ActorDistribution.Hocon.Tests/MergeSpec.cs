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
}
