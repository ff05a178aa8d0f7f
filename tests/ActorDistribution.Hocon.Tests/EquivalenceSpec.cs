namespace ActorDistribution.Hocon.Tests;

/// <summary>
/// Differently written files that HOCON defines to mean the same tree. Each group is one expected
/// JSON document; every way of writing it must render to exactly that (keys compared sorted).
/// </summary>
public sealed class EquivalenceSpec
{
    private const string MergedFoo = """{"foo":{"a":42,"b":43}}""";
    private const string NullStopsMerge = """{"foo":{"b":43}}""";
    private const string NestedPath = """{"foo":{"bar":{"baz":42}}}""";
    private const string Array123 = """{"a":[1,2,3]}""";
    private const string SpacedString = """{"a":"foo bar  baz"}""";
    private const string Inherited = """{"generic":{"size":6},"east":{"size":6,"name":"east"}}""";

    public static TheoryData<string, string> Equivalents => new()
    {
        // Duplicate object keys merge (the spec's own pair), whatever syntax writes them.
        { MergedFoo, """{ "foo" : { "a" : 42, "b" : 43 } }""" },
        { MergedFoo, """{ "foo" : { "a" : 42 }, "foo" : { "b" : 43 } }""" },
        { MergedFoo, "foo {\n  a = 42\n  b = 43\n}" },
        { MergedFoo, "foo.a = 42\nfoo.b = 43" },
        { MergedFoo, "foo.a : 42, foo.b : 43" },
        { MergedFoo, "foo { a = 42 }\nfoo.b = 43" },
        { MergedFoo, "foo { b = 43 }\nfoo { a = 42 }" },
        { MergedFoo, "foo = { a = 42 } { b = 43 }" },
        { MergedFoo, "foo { a = 42 }\nfoo = ${foo} { b = 43 }" },
        { MergedFoo, "{\n  foo { a = 42 },\n  foo { b = 43 },\n}" },
        { MergedFoo, "foo { a = 42 }\n// b comes later\nfoo { b = 43 } # merged" },

        // A null in between hides the earlier object.
        { NullStopsMerge, """{ "foo" : { "a" : 42 }, "foo" : null, "foo" : { "b" : 43 } }""" },
        { NullStopsMerge, """{ "foo" : { "b" : 43 } }""" },
        { NullStopsMerge, "foo.a = 42\nfoo = null\nfoo.b = 43" },
        { NullStopsMerge, "foo { a = 42 }\nfoo = 1\nfoo { b = 43 }" },

        // Paths as keys expand to nested objects.
        { NestedPath, """{ "foo" : { "bar" : { "baz" : 42 } } }""" },
        { NestedPath, "foo.bar.baz : 42" },
        { NestedPath, "foo { bar.baz : 42 }" },
        { NestedPath, "foo.bar { baz : 42 }" },
        { NestedPath, "foo { bar { baz = 42 } }" },
        { NestedPath, "\"foo\".bar.\"baz\" = 42" },

        // Arrays: commas, newlines, trailing comma, concatenation, self-reference and +=.
        { Array123, """{ "a" : [1, 2, 3] }""" },
        { Array123, "a = [1, 2, 3,]" },
        { Array123, "a = [\n  1\n  2\n  3\n]" },
        { Array123, "a = [1] [2, 3]" },
        { Array123, "a = [1, 2]\na += 3" },
        { Array123, "a += 1\na += 2\na += 3" },
        { Array123, "a = [1]\na = ${a} [2]\na += 3" },
        { Array123, "a = ${?a} [1, 2, 3]" },
        { Array123, "a = [1, ${?missing}, 2, 3]" },

        // Value concatenation keeps inner whitespace and equals the quoted form.
        { SpacedString, """{ "a" : "foo bar  baz" }""" },
        { SpacedString, "a = foo bar  baz" },
        { SpacedString, "a =    foo bar  baz    " },
        { SpacedString, "a = \"foo\" bar  \"baz\"" },
        { SpacedString, "a = \"\"\"foo bar  baz\"\"\"" },
        { SpacedString, "a = foo ${?missing}bar  baz" },

        // Inheritance through substitution and merge, in either order.
        { Inherited, """{ "generic" : { "size" : 6 }, "east" : { "size" : 6, "name" : "east" } }""" },
        { Inherited, "generic { size = 6 }\neast = ${generic} { name = east }" },
        { Inherited, "east = ${generic} { name = east }\ngeneric { size = 6 }" },
        { Inherited, "generic.size = 6\neast = ${generic}\neast.name = east" },
        { Inherited, "generic { size = 6 }\neast = ${generic}\neast { name = \"east\" }" },
    };

    [Theory]
    [MemberData(nameof(Equivalents))]
    public void Equivalent_files_render_to_the_same_json(string expectedJson, string hocon)
    {
        Assert.Equal(CanonicalJson.Of(expectedJson), CanonicalJson.Of(Hocon.Parse(hocon).ToJson()));
    }

    [Fact]
    public void Plus_equals_is_the_same_as_an_optional_self_reference_and_an_array()
    {
        var written = Hocon.Parse("a = [x]\na += y");
        var expanded = Hocon.Parse("a = [x]\na = ${?a} [y]");

        Assert.Equal(expanded.Json(), written.Json());
    }
}
