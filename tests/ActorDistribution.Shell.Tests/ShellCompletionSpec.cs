using ActorDistribution.Hocon;
using ActorDistribution.Node;
using ActorDistribution.Shell.Session;
using ActorDistribution.Testing;

namespace ActorDistribution.Shell.Tests;

/// <summary>Issue 15: Tab completes verbs, sub-verbs and options from the node's help, and entity names from its lists.</summary>
public sealed class ShellCompletionSpec : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private EmbeddedNode _node = null!;
    private ShellCompletion _completion = null!;

    public async Task InitializeAsync()
    {
        var config = ConfigFactory.Load(null, [
            "clock.mode=virtual", $"persistence.sqlite.path={Path.Combine(_data.Path, "journal.db")}",
            $"shares.root={Path.Combine(_data.Path, "shares")}", "logging.console.enabled=off"]);
        _node = new EmbeddedNode(await DistributionNode.StartAsync(config));
        _completion = new ShellCompletion(_node);
        foreach (var command in new[] { "site add CH2", "site add ZRH", "server add NTSRV1 --site CH2", "cap add CAP_DAN --site CH2", "client add WKS01 --site ZRH" })
            Assert.True((await _node.ExecuteAsync(command.Split(' '))).Succeeded, command);
    }

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public void A_verb_is_completed_from_the_nodes_verbs_and_the_shells_own()
    {
        Assert.Equal(["server", "share", "site", "status"], _completion.Complete("s"));
        Assert.Contains("audit", _completion.Complete("a"));
    }

    [Fact]
    public void A_sub_verb_is_completed_from_the_verbs_help()
        => Assert.Equal(["remove"], _completion.Complete("site rem"));

    [Fact]
    public void An_option_is_completed_from_the_sub_verbs_help()
        => Assert.Contains("--site", _completion.Complete("cap add CAP_EVE --s"));

    [Theory]
    [InlineData("site show ", "CH2,ZRH")]
    [InlineData("server remove ", "NTSRV1")]
    [InlineData("cap remove C", "CAP_DAN")]
    [InlineData("client log ", "WKS01")]
    [InlineData("client add WKS02 --site Z", "ZRH")]
    [InlineData("job create share-package-on-server --package P --target ", "CH2,ZRH")]
    public void An_entity_name_is_completed_from_the_nodes_lists(string before, string expected)
        => Assert.Equal(expected.Split(','), _completion.Complete(before));
}
