using ActorDistribution.Testing;
using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

/// <summary>
/// Issue 15: <c>site|server|package|cap|client remove</c>. Refused with the reason while in use (servers, CAPs or clients of a site;
/// package directories on a server; a package on a server; clients attached to a CAP); accepted removals leave the lists, also after a restart.
/// </summary>
public sealed class RemoveVerbsSpec : SimulatedShellSpec
{
    [Fact]
    public void What_is_in_use_is_refused_with_the_reason()
    {
        var source = Source;
        Assert.Equal(0, Script($"""
            site add CH2 --response fast
            site add DE1
            server add NTSRV1 --site CH2
            package add OFFICE97 --source {source}
            job create share-package-on-server --package OFFICE97 --target CH2
            cap add CAP_DAN --site DE1
            """).Code);

        var site = OneShot("site", "remove", "CH2");
        var server = OneShot("server", "remove", "NTSRV1");
        var package = OneShot("package", "remove", "OFFICE97");
        var cap = OneShot("site", "remove", "DE1");

        Assert.NotEqual(0, site.Code);
        Assert.Contains("site remove: site CH2 still has servers NTSRV1; remove them first", site.Error);
        Assert.NotEqual(0, server.Code);
        Assert.Contains("server remove: server NTSRV1 still holds package directories OFFICE97 (installed (1))", server.Error);
        Assert.NotEqual(0, package.Code);
        Assert.Contains("package remove: package OFFICE97 is still on servers NTSRV1 (installed (1))", package.Error);
        Assert.NotEqual(0, cap.Code);
        Assert.Contains("site remove: site DE1 still has CAPs CAP_DAN; remove them first (cap remove <name>)", cap.Error);
    }

    [Fact]
    public void A_client_then_its_cap_then_their_site_are_removed_in_turn()
    {
        Assert.Equal(0, Script("""
            site add DE1
            cap add CAP_DAN --site DE1
            client add WKS01 --site DE1
            clock advance 1s
            """).Code);

        var capInUse = OneShot("cap", "remove", "CAP_DAN");
        var siteInUse = OneShot("site", "remove", "DE1");
        var (code, output, error) = Script("""
            client remove WKS01
            cap remove CAP_DAN
            site remove DE1
            """);
        var (_, caps, _) = OneShot("cap", "list");
        var (_, clients, _) = OneShot("client", "list");

        Assert.NotEqual(0, capInUse.Code);
        Assert.Contains("error: cap remove: CAP CAP_DAN still has clients attached: WKS01; remove them first (client remove <name>)", capInUse.Error);
        Assert.NotEqual(0, siteInUse.Code);
        Assert.Contains("site remove: site DE1 still has CAPs CAP_DAN", siteInUse.Error);
        Assert.Equal((0, ""), (code, error));
        Assert.Contains("client WKS01 removed", output);
        Assert.Contains("CAP CAP_DAN removed", output);
        Assert.Contains("site DE1 removed", output);
        Assert.Contains("no CAPs yet", caps);
        Assert.Contains("no clients yet", clients);
    }

    [Fact]
    public void Help_shows_the_cap_and_client_remove_verbs()
    {
        var (_, cap, _) = OneShot("help", "cap");
        var (_, client, _) = OneShot("help", "client");

        Assert.Contains("remove", cap);
        Assert.Contains("clients are attached", cap);
        Assert.Contains("holds a lock file open", client);
    }

    [Fact]
    public void Removed_names_leave_the_lists_and_are_not_added_again()
    {
        var source = Source;
        var (code, output, error) = Script($"""
            site add CH2
            site add DE1
            server add NTSRV1 --site CH2
            package add OFFICE97 --source {source}
            package remove OFFICE97
            server remove NTSRV1
            site remove DE1
            """);
        Assert.Equal((0, ""), (code, error));
        Assert.Contains("package OFFICE97 removed", output);
        Assert.Contains("server NTSRV1 removed", output);
        Assert.Contains("site DE1 removed", output);

        var (_, sites, _) = OneShot("site", "list");
        var (_, servers, _) = OneShot("server", "list");
        var (_, packages, _) = OneShot("package", "list");
        var again = OneShot("site", "add", "DE1");

        Assert.Contains("CH2", sites);
        Assert.DoesNotContain("DE1", sites);
        Assert.Contains("no distribution servers yet", servers);
        Assert.Contains("no packages yet", packages);
        Assert.NotEqual(0, again.Code);
        Assert.Contains("site add: site DE1 was removed; a removed site is not added again", again.Error);
    }
}
