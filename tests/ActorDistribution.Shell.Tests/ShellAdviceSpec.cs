using System.Text.RegularExpressions;
using ActorDistribution.Hocon;
using ActorDistribution.Node;
using ActorDistribution.Runtime.Persistence;
using ActorDistribution.Testing;
using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

/// <summary>
/// Issue 15, the shell: an unknown verb suggests the nearest; every error starts with <c>error:</c>; help names the
/// shell (in <c>--connect</c> mode too); advice names only options the current mode takes; help points only to files in the repository.
/// </summary>
public sealed class ShellAdviceSpec : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private (int Code, string Output, string Error) Simulated(params string[] command) => Run(["--simulate", "--data", _data.Path, "--", .. command]);

    [Theory]
    [InlineData("sitee", "site")]
    [InlineData("jbo", "job")]
    [InlineData("clok", "clock")]
    public void An_unknown_verb_suggests_the_nearest_verbs(string typed, string nearest)
    {
        var (code, _, error) = Simulated(typed, "list");
        Assert.Equal(1, code);
        Assert.StartsWith($"error: unknown command '{typed}'; the nearest: {nearest}", error);
        Assert.Contains("'help' lists them all", error);
    }

    [Fact]
    public void An_unknown_sub_verb_suggests_the_nearest_sub_verbs()
    {
        var (code, _, error) = Simulated("site", "lst");
        Assert.Equal(1, code);
        Assert.StartsWith("error: unknown command 'site lst'; the nearest: site list", error);
        Assert.Contains("'help site' lists them all", error);
    }

    [Fact]
    public void An_unknown_sub_verb_of_a_local_verb_suggests_the_nearest_too()
    {
        var (code, _, error) = Run("--", "audit", "verfy");
        Assert.Equal(1, code);
        Assert.StartsWith("error: unknown command 'audit verfy'; the nearest: audit verify", error);
    }

    public static TheoryData<string[]> Mistakes() => new()
    {
        new[] { "teleport", "CH2" },
        new[] { "site", "add" },
        new[] { "clock", "advance", "soon" },
        new[] { "config", "render", "no-such-file.conf" },
        new[] { "forced-delivery-time", "--response", "instant" },
        new[] { "forced-delivery-time", "--retries", "many" },
        new[] { "persistence", "ddl", "--dialect", "oracle" },
        new[] { "client", "add", "WKS1", "--site", "CH2", "--mode", "psychic" },
        new[] { "audit", "verify", "--journal", "no-such-journal.db" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Every_error_line_starts_with_error(string[] command)
    {
        var (code, _, error) = Simulated(command);
        Assert.Equal(1, code);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.StartsWith("error:", line));
    }

    [Fact]
    public async Task Help_in_connect_mode_names_the_shell()
    {
        await using var node = await HttpNode.StartAsync(_data.Path);
        var url = $"http://127.0.0.1:{node.Port}";

        var (code, output, error) = await Task.Run(() => Run("--connect", url, "--", "help", "site", "add"));
        var (rootCode, rootOutput, _) = await Task.Run(() => Run("--connect", url, "--", "help"));

        Assert.Equal((0, 0, ""), (code, rootCode, error));
        Assert.Contains("  adshell site add <code> [options]", output);
        Assert.Contains("  adshell [command] [options]", rootOutput);
        Assert.DoesNotContain("testhost", output + rootOutput);
        Assert.DoesNotContain("adnode", output + rootOutput);
    }

    [Fact]
    public async Task Clock_advance_on_a_wall_clock_node_in_connect_mode_does_not_advise_simulate()
    {
        await using var node = await HttpNode.StartAsync(_data.Path, "clock.mode=wall");

        var (code, _, error) = await Task.Run(() => Run("--connect", $"http://127.0.0.1:{node.Port}", "--", "clock", "advance", "1h"));

        Assert.Equal(1, code);
        Assert.Contains("wall clock", error);
        Assert.Contains("clock.mode=virtual", error);
        Assert.DoesNotContain("--simulate", error);
    }

    [Fact]
    public async Task No_advice_in_connect_mode_names_an_option_connect_mode_refuses()
    {
        await using var node = await HttpNode.StartAsync(_data.Path, "clock.mode=wall");
        var url = $"http://127.0.0.1:{node.Port}";
        string[][] mistakes = [["clock", "advance", "1h"], ["clock", "advance", "soon"], ["site", "add"], ["teleport"], ["cap", "remove", "NOPE"],
            ["client", "remove", "NOPE"], ["site", "remove", "NOPE"], ["help", "clok"]];

        foreach (var mistake in mistakes)
        {
            var (code, output, error) = await Task.Run(() => Run(["--connect", url, "--", .. mistake]));
            Assert.NotEqual(0, code);
            Assert.DoesNotContain("--simulate", output + error);
            Assert.DoesNotContain("--data", output + error);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("http://127.0.0.1:5999")]
    public async Task A_node_refused_a_held_journal_is_advised_in_its_own_options(string holderUrl)
    {
        File.WriteAllText(Path.Combine(_data.Path, "journal.db.lock"), $"{Environment.ProcessId}\nadshell\n{holderUrl}\n");
        var config = ConfigFactory.Load(null, [
            "clock.mode=virtual", $"persistence.sqlite.path={Path.Combine(_data.Path, "journal.db")}",
            $"shares.root={Path.Combine(_data.Path, "shares")}", "logging.console.enabled=off"]);

        var refused = await Assert.ThrowsAsync<JournalInUseException>(() => DistributionNode.StartAsync(config, servesHttp: true));

        Assert.Contains("-D persistence.sqlite.path=<file>", refused.Message);
        Assert.DoesNotContain("--data", refused.Message);
        if (holderUrl.Length > 0) Assert.Contains($"adshell --connect {holderUrl}", refused.Message);
        else Assert.DoesNotContain("--connect", refused.Message);
    }

    [Fact]
    public void Help_texts_point_only_to_files_in_the_repository()
    {
        var topics = new[]
        {
            "", "site", "site add", "server", "package", "package add", "job", "job create", "status", "cap", "client", "inbox", "share",
            "component", "clock", "audit", "audit verify", "audit timeline", "audit state", "audit export", "config", "config render",
            "persistence", "persistence ddl", "forced-delivery-time",
        };
        var script = _data.Write("help.txt", string.Join('\n', topics.Select(t => $"help {t}".TrimEnd())));
        var (code, output, error) = Run("--simulate", "--data", _data.Path, "--script", script);

        Assert.Equal((0, ""), (code, error));
        Assert.Contains("docs/audit.md", output);
        Assert.DoesNotContain("SPEC", output);
        var documents = Regex.Matches(output, @"[\w./-]+\.(?:md|conf|txt)\b").Select(m => m.Value).Distinct().ToList();
        Assert.All(documents, document => Assert.True(
            File.Exists(RepositoryRoot.Combine(document)) || File.Exists(RepositoryRoot.Combine("hocon", document)),
            $"help names {document}, which is not a file of the repository"));
    }
}
