using System.Text.RegularExpressions;
using ActorDistribution.Hocon;
using ActorDistribution.Node;
using ActorDistribution.Testing;
using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

/// <summary>
/// Start-up checks every setting of reference.conf: each leaf is fed a wrong-typed value and, where it has a range,
/// an out-of-range one, and the problem must name the file, the line and the path.
/// </summary>
public sealed partial class StartupValidationSpec : IDisposable
{
    private static readonly Dictionary<string, string> NoEnvironment = new();
    private static readonly Config Reference = ConfigFactory.Reference(NoEnvironment);
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Each leaf of reference.conf with a value of the wrong type, derived from its default's type.</summary>
    public static TheoryData<string, string> WrongTyped()
    {
        var data = new TheoryData<string, string>();
        foreach (var (path, kind, _) in Leaves()) data.Add(path, kind is Kind.Text or Kind.Enum ? "{ x = 1 }" : "banana");
        return data;
    }

    /// <summary>Each leaf whose values have a range, with one outside it: negative counts and durations, unknown words, empty names.</summary>
    public static TheoryData<string, string> OutOfRange()
    {
        var data = new TheoryData<string, string>();
        foreach (var (path, kind, rule) in Leaves())
        {
            var value = kind switch
            {
                Kind.Duration => "-5s",
                Kind.Integer => path == "node.http.port" ? "65536" : "-1",
                Kind.Enum => "no-such-word",
                Kind.Text when rule.HasRange => "\"\"",
                Kind.List => "[\"\"]",
                _ => null,
            };
            if (value is not null) data.Add(path, value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WrongTyped))]
    public void A_wrong_typed_value_names_the_file_line_and_path(string path, string value) => AssertRefused(path, value);

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void An_out_of_range_value_names_the_file_line_and_path(string path, string value) => AssertRefused(path, value);

    [Fact]
    public void Every_setting_of_reference_conf_has_a_rule()
    {
        var unchecked_ = StartupValidation.Leaves(Reference.Root)
            .Where(leaf => !StartupValidation.Rules.Any(rule => rule.Matches(leaf)))
            .Select(StartupValidation.Render)
            .ToList();

        Assert.Empty(unchecked_);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("node.conf")]
    [InlineData("cluster.conf")]
    [InlineData("simulation.conf")]
    public void The_defaults_and_the_shipped_files_pass(string? file)
    {
        var config = ConfigFactory.Load(file is null ? null : RepositoryRoot.Combine("hocon", file), environment: NoEnvironment);

        Assert.Empty(StartupValidation.Check(config).Select(problem => problem.ToString()));
    }

    [Fact]
    public void Every_problem_is_reported_not_just_the_first()
    {
        var file = _dir.Write("bad.conf", "actor-system.ask-timeout = banana\nnode.http.port = x\ndistribution.despooler.max-retries = -2\n");

        var problems = StartupValidation.Check(ConfigFactory.Load(file, environment: NoEnvironment)).Select(p => p.ToString()).ToList();

        Assert.Contains(problems, p => p.Contains("bad.conf:1: actor-system.ask-timeout: found 'banana', expected a duration"));
        Assert.Contains(problems, p => p.Contains("bad.conf:2: node.http.port: found 'x', expected a whole number from 1 to 65535"));
        Assert.Contains(problems, p => p.Contains("bad.conf:3: distribution.despooler.max-retries: found '-2', expected a whole number, 0 or more"));
    }

    [Fact]
    public void An_unknown_override_path_is_refused_with_the_nearest_known_paths()
    {
        string[] overrides = ["distribution.client.lock-retrys=40"];

        var problem = Assert.Single(StartupValidation.Check(ConfigFactory.Load(overrides: overrides, environment: NoEnvironment), overrides));

        Assert.StartsWith("-D distribution.client.lock-retrys=40: distribution.client.lock-retrys: found an unknown setting, expected", problem.ToString());
        Assert.Contains("the nearest are distribution.client.lock-retries,", problem.ToString());
    }

    [Theory]
    [InlineData("logging.overrides.http=debug")]
    [InlineData("akka.loglevel=DEBUG")]
    [InlineData("akka.remote.dot-netty.tcp.port=2552")]
    [InlineData("distribution.client.legacy-open-hold=100ms")]
    [InlineData("distribution.site-defaults={ response = slow }")]
    public void Overrides_of_known_or_open_sections_are_accepted(string setting)
    {
        string[] overrides = [setting];

        Assert.Empty(StartupValidation.Check(ConfigFactory.Load(overrides: overrides, environment: NoEnvironment), overrides).Select(p => p.ToString()));
    }

    [Fact]
    public void An_unknown_word_in_a_per_component_log_level_is_refused()
    {
        string[] overrides = ["logging.overrides.http=loud"];

        var problem = Assert.Single(StartupValidation.Check(ConfigFactory.Load(overrides: overrides, environment: NoEnvironment), overrides));

        Assert.Equal("-D logging.overrides.http=loud: logging.overrides.http: found 'loud', expected one of verbose, debug, information, warning, error, fatal", problem.ToString());
    }

    [Fact]
    public void The_shell_refuses_to_start_on_a_bad_setting_with_every_problem_and_no_stack_trace()
    {
        var file = _dir.Write("bad.conf", "# bad\nactor-system.ask-timeout = banana\ndistribution.site-defaults.response = instant\n");
        var data = Path.Combine(_dir.Path, "data");

        var (code, _, error) = Run("--config", file, "--simulate", "--data", data, "-D", "node.http.prot=1", "--", "clock", "show");

        Assert.Equal(1, code);
        Assert.Contains("error: -D node.http.prot=1: node.http.prot: found an unknown setting, expected a setting of reference.conf; the nearest are node.http.port", error);
        Assert.Contains($"error: {file}:2: actor-system.ask-timeout: found 'banana', expected a duration above zero", error);
        Assert.Contains($"error: {file}:3: distribution.site-defaults.response: found 'instant', expected one of very-fast, fast, medium, slow", error);
        Assert.DoesNotContain("   at ", error);
        Assert.False(File.Exists(Path.Combine(data, "journal.db")), "no node may start on a bad configuration");
    }

    [Fact]
    public void A_local_command_is_refused_too()
    {
        var (code, output, error) = Run("-D", "distribution.despooler.retry-interval-factor=-24", "forced-delivery-time", "--response", "fast", "--retries", "10", "--delay", "5m");

        Assert.Equal((1, ""), (code, output));
        Assert.StartsWith("error: -D distribution.despooler.retry-interval-factor=-24: distribution.despooler.retry-interval-factor: found '-24', expected a whole number, 1 or more", error);
    }

    private void AssertRefused(string path, string value)
    {
        var file = _dir.Write("bad.conf", $"# a wrong value on line 3\n# of a file over reference.conf\n{path} = {value}\n");

        var problems = StartupValidation.Check(ConfigFactory.Load(file, environment: NoEnvironment)).Select(p => p.ToString()).ToList();

        Assert.Contains(problems, problem => problem.StartsWith($"{file}:3: {path}: found ", StringComparison.Ordinal) && problem.Contains(", expected "));
    }

    private enum Kind { Duration, Integer, Boolean, Enum, Text, List }

    private static IEnumerable<(string Path, Kind Kind, StartupValidation.Rule Rule)> Leaves()
    {
        foreach (var leaf in StartupValidation.Leaves(Reference.Root))
        {
            var path = StartupValidation.Render(leaf);
            var rule = StartupValidation.Rules.First(candidate => candidate.Matches(leaf));
            var value = Reference.GetValue(path);
            var kind = value switch
            {
                HoconArray => Kind.List,
                HoconScalar { Text: var text } when DurationPattern().IsMatch(text) => Kind.Duration,
                HoconScalar { Text: var text } when IntegerPattern().IsMatch(text) => Kind.Integer,
                HoconScalar { Text: "on" or "off" or "true" or "false" or "yes" or "no" } => Kind.Boolean,
                _ when rule.Allowed is not null => Kind.Enum,
                _ => Kind.Text,
            };
            yield return (path, kind, rule);
        }
    }

    [GeneratedRegex(@"^\d+\s*(ns|us|ms|s|m|h|d)$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^-?\d+$")]
    private static partial Regex IntegerPattern();
}
