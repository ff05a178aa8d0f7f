using ActorDistribution.Testing;
using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

public sealed class ConfigRenderSpec : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Render_prints_the_resolved_file_over_reference_as_json()
    {
        var file = folder.Write("app.conf", "actor-system.throughput = 8\nnote = \"t=\"${actor-system.throughput}");

        var (code, output, error) = Run("config", "render", file);

        Assert.Equal((0, ""), (code, error));
        var json = System.Text.Json.JsonDocument.Parse(output).RootElement;
        Assert.Equal("t=8", json.GetProperty("note").GetString());
        Assert.Equal(12, json.GetProperty("distribution").GetProperty("site-defaults").GetProperty("retries-before-forced-disconnection").GetInt32());
    }

    [Fact]
    public void Render_with_a_path_prints_only_that_value()
    {
        var file = folder.Write("app.conf", "a { b = [1, 2] }");

        var (code, output, _) = Run("config", "render", file, "--path", "a.b", "--without-reference");

        Assert.Equal(0, code);
        Assert.Equal("[1,2]", string.Concat(output.Where(c => !char.IsWhiteSpace(c))));
    }

    [Fact]
    public void A_bad_file_exits_with_one_and_prints_the_located_error_only()
    {
        var file = folder.Write("bad.conf", "a = {\n  b = 1\n");

        var (code, output, error) = Run("config", "render", file);

        Assert.Equal((1, ""), (code, output));
        Assert.Equal($"error: {file}:3:1: found end of file, expected '}}' closing the object opened at {file}:1:5", error.Trim());
    }

    [Fact]
    public void A_missing_path_exits_with_one_and_names_it()
    {
        var file = folder.Write("app.conf", "a = 1");

        var (code, _, error) = Run("config", "render", file, "--path", "nope.nothing");

        Assert.Equal(1, code);
        Assert.Contains("missing setting 'nope.nothing'", error);
    }

    [Fact]
    public void A_missing_file_argument_exits_with_one()
    {
        var (code, _, error) = Run("config", "render");

        Assert.Equal(1, code);
        Assert.NotEqual("", error);
    }
}
