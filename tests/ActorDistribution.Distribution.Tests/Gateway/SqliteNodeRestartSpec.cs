using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Hocon;
using ActorDistribution.Runtime.Time;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Tests.Gateway;

/// <summary>A real restart: the actor system is terminated mid-escalation and a new one starts on the same SQLite journal.</summary>
public sealed class SqliteNodeRestartSpec() : SqliteNodeWorld(ConfigFactory.Reference())
{
    [Fact]
    public async Task A_node_restarted_after_the_warning_disconnects_and_copies_at_22h05m()
    {
        var t0 = await ArrangeEscalation();
        VirtualTime.Advance(Sys, X * 11 + TimeSpan.FromMinutes(1));
        Assert.StartsWith("warning-sent", await Status());

        await StopNode();
        await StartNode();
        Assert.StartsWith("warning-sent", await Status());
        VirtualTime.Advance(Sys, TimeSpan.FromMinutes(4));

        Assert.Equal("installed (2)", await Status());
        var events = await DirectoryEvents();
        Assert.Equal(t0 + ForcedAt, events.OfType<PackageFilesCopied>().Last().At);
        Assert.Empty(PackageDirectoryInvariants.Check(events));
        Assert.Equal(AccessState.Open, Shares.GetAccessState(new ShareAddress("NTSRV1", "OFFICE97")).Value);
        await StopNode();
    }

    [Fact]
    public async Task A_node_restarted_while_access_is_revoked_warns_once_then_delivers_and_restores_access()
    {
        await ArrangeEscalation();
        Shares.MessagingDown = true;  // the warning cannot go out: the escalation rests with access revoked
        VirtualTime.Advance(Sys, X * 11 + TimeSpan.FromMinutes(1));
        Assert.Equal("access-revoked", await Status());
        Assert.Equal(AccessState.Revoked, Shares.GetAccessState(new ShareAddress("NTSRV1", "OFFICE97")).Value);

        await StopNode();
        Shares.MessagingDown = false;
        await StartNode();
        VirtualTime.Advance(Sys, TimeSpan.FromMinutes(2));
        Assert.StartsWith("warning-sent", await Status());
        VirtualTime.Advance(Sys, TimeSpan.FromMinutes(5));

        Assert.Equal("installed (2)", await Status());
        Assert.Single(Host.Messages("alice"), m => m.Text.Contains("about to be updated"));
        Assert.Equal(AccessState.Open, Shares.GetAccessState(new ShareAddress("NTSRV1", "OFFICE97")).Value);
        var events = await DirectoryEvents();
        Assert.Empty(PackageDirectoryInvariants.Check(events));
        await StopNode();
    }
}
