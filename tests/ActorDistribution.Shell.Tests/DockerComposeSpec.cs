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

    [Fact]
    public void It_runs_a_file_server_and_three_cluster_members_on_it()
    {
        Assert.Contains("--project src/ActorDistribution.FileServer", Compose);
        Assert.Equal(["node1", "node2", "node3"], ServicePattern().Matches(Compose).Select(m => m.Groups[1].Value).Where(s => s.StartsWith("node", StringComparison.Ordinal)));
        Assert.Contains("CONFIG_FORCE_shares_host: \"remote\"", Compose);
        Assert.Contains("CONFIG_FORCE_shares_remote_url: \"http://fileserver:5090\"", Compose);
        // One actor-system name for every member: a node of another name never joins.
        Assert.DoesNotContain("CONFIG_FORCE_actor__system_name", Compose);
    }

    [Fact]
    public void Its_seeds_are_members_spelled_as_they_advertise_themselves()
    {
        var cluster = File.ReadAllText(RepositoryRoot.Combine("hocon", "cluster.conf"));
        Assert.Contains("${?CLUSTER_HOST}", cluster);
        Assert.Contains("enabled = on", cluster);
        Assert.Contains("${?CLUSTER_SEEDS}", File.ReadAllText(RepositoryRoot.Combine("hocon", "reference.conf")));
        var port = ConfigFactory.Reference(new Dictionary<string, string>()).GetInt("cluster.port");
        var hosts = HostPattern().Matches(Compose).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["node1", "node2", "node3"], hosts);
        var seeds = SeedsPattern().Match(Compose).Groups[1].Value.Split(',');
        Assert.NotEmpty(seeds);
        Assert.All(seeds, seed => Assert.Contains(seed, hosts.Select(h => $"{h}:{port}")));
    }

    [Fact]
    public void The_shell_connects_to_every_node()
    {
        var connect = ConnectPattern().Match(Compose).Groups[1].Value.Split(',');
        Assert.Equal(["http://node1:5080", "http://node2:5080", "http://node3:5080"], connect);
    }

    [GeneratedRegex(@"^  ([a-z0-9]+):\s*$", RegexOptions.Multiline)]
    private static partial Regex ServicePattern();

    [GeneratedRegex(@"CLUSTER_HOST: ""([^""]+)""")]
    private static partial Regex HostPattern();

    [GeneratedRegex(@"CLUSTER_SEEDS: ""([^""]+)""")]
    private static partial Regex SeedsPattern();

    [GeneratedRegex(@"--connect (\S+)")]
    private static partial Regex ConnectPattern();

    [GeneratedRegex(@"--project (src/[A-Za-z.]+)")]
    private static partial Regex ProjectPattern();

    [GeneratedRegex(@"--config (hocon/[a-z.]+)")]
    private static partial Regex ConfigPattern();

    [GeneratedRegex(@"CONFIG_FORCE_([A-Za-z0-9_]+)")]
    private static partial Regex ForcePattern();
}
