using System.Text.RegularExpressions;
using ActorDistribution.Hocon;
using ActorDistribution.Testing;

namespace ActorDistribution.Shell.Tests;

/// <summary>docker-compose.yml cannot be run here (no Docker engine), so its references to the code are checked instead.</summary>
public sealed partial class DockerComposeSpec
{
    private static readonly string Compose = File.ReadAllText(RepositoryRoot.Combine("docker-compose.yml"));

    [Fact]
    public void Every_project_and_config_file_it_runs_exists()
    {
        var projects = ProjectPattern().Matches(Compose).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Contains("src/ActorDistribution.Node", projects);
        Assert.Contains("src/ActorDistribution.Shell", projects);
        Assert.All(projects, p => Assert.True(Directory.Exists(RepositoryRoot.Combine(p)), $"{p} does not exist"));
        Assert.All(ConfigPattern().Matches(Compose).Select(m => m.Groups[1].Value),
            c => Assert.True(File.Exists(RepositoryRoot.Combine(c)), $"{c} does not exist"));
    }

    [Fact]
    public void Every_forced_setting_names_a_setting_of_reference_conf()
    {
        var reference = ConfigFactory.Reference(new Dictionary<string, string>());
        foreach (Match forced in ForcePattern().Matches(Compose))
        {
            var path = forced.Groups[1].Value.Replace("___", "\u0001").Replace("__", "-").Replace("_", ".").Replace("\u0001", "_");
            Assert.True(reference.HasPath(path), $"{forced.Value} sets {path}, which reference.conf does not have");
        }
    }

    [Fact]
    public void The_environment_it_passes_is_read_by_cluster_conf()
    {
        var cluster = File.ReadAllText(RepositoryRoot.Combine("hocon", "cluster.conf"));
        Assert.Contains("${?PGCONNECTION}", cluster);
        Assert.Contains("${?NODE_TOKEN}", cluster);
        Assert.Contains("PGCONNECTION:", Compose);
        Assert.Contains("NODE_TOKEN:", Compose);
    }

    [GeneratedRegex(@"--project (src/[A-Za-z.]+)")]
    private static partial Regex ProjectPattern();

    [GeneratedRegex(@"--config (hocon/[a-z.]+)")]
    private static partial Regex ConfigPattern();

    [GeneratedRegex(@"CONFIG_FORCE_([A-Za-z0-9_]+)")]
    private static partial Regex ForcePattern();
}
