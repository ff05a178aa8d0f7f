using ActorDistribution.Distribution.Requests;

namespace ActorDistribution.Distribution.Tests.Gateway;

/// <summary>
/// Issue 15: <c>site|server|package remove</c>. Refused with the reason while in use: a site with servers or named by an
/// unfinished job; a server holding package directories or targeted by an unfinished job; a package on a server or with an
/// unfinished job. Accepted removals are catalog events: the lists forget the name, a restart gives the same state, and a
/// removed name is not added again (its entity's journal keeps the old history).
/// </summary>
public sealed class RemovalSpec : DespoolerWorld
{
    private void OneSiteServerPackage()
    {
        Site("CH2");
        Request<ServerView>(new AddServer("NTSRV1", "CH2"));
        Request<PackageVersionView>(new AddPackage("OFFICE97", Source("v1", ("setup.exe", "setup v1"))));
    }

    private void PauseDespooler(string site) => Request<ComponentView>(new ControlComponent("despooler", "pause", site));

    [Fact]
    public void A_site_with_servers_is_refused_naming_them()
    {
        OneSiteServerPackage();
        Request<ServerView>(new AddServer("NTSRV2", "CH2"));

        Assert.Equal("site CH2 still has servers NTSRV1, NTSRV2; remove them first (server remove <name>)", Refused(new RemoveSite("ch2")).Reason);
        Assert.Single(Request<SiteList>(ListSites.Instance).Sites);
    }

    [Fact]
    public void An_unknown_name_is_refused_with_the_known_ones()
    {
        OneSiteServerPackage();

        Assert.Equal("unknown site 'XX1'; known sites: CH2", Refused(new RemoveSite("XX1")).Reason);
        Assert.Equal("unknown server 'XX'; known servers: NTSRV1 (CH2)", Refused(new RemoveServer("XX")).Reason);
        Assert.Equal("unknown package 'WORD'; known packages: OFFICE97", Refused(new RemovePackage("WORD")).Reason);
    }

    [Fact]
    public void A_site_without_servers_is_removed_and_forgotten()
    {
        Site("CH2");
        Site("DAN");

        Assert.Equal(new RemovedView("site", "CH2"), Request<RemovedView>(new RemoveSite("ch2")));

        Assert.Equal(["DAN"], Request<SiteList>(ListSites.Instance).Sites.Select(s => s.Code));
        Assert.Equal(["DAN"], Request<KnownSites>(GetKnownSites.Instance).Codes);
        Assert.Equal("unknown site 'CH2'; known sites: DAN", Refused(new ShowSite("CH2")).Reason);
        Assert.Equal("unknown site 'CH2'; known sites: DAN", Refused(new AddServer("NTSRV1", "CH2")).Reason);
    }

    [Fact]
    public void A_removed_name_is_not_added_again()
    {
        OneSiteServerPackage();
        Site("DAN");
        Request<RemovedView>(new RemovePackage("OFFICE97"));
        Request<RemovedView>(new RemoveServer("NTSRV1"));
        Request<RemovedView>(new RemoveSite("DAN"));

        Assert.StartsWith("site DAN was removed; a removed site is not added again under the same name", Refused(new AddSite("dan")).Reason);
        Assert.StartsWith("server NTSRV1 was removed; a removed server is not added again", Refused(new AddServer("NTSRV1", "CH2")).Reason);
        Assert.StartsWith("package OFFICE97 was removed; a removed package is not added again",
            Refused(new AddPackage("OFFICE97", Source("again", ("setup.exe", "setup")))).Reason);
    }

    [Fact]
    public void A_server_holding_a_package_is_refused_until_the_package_is_removed_from_it()
    {
        OneSiteServerPackage();
        Job("share-package-on-server", "OFFICE97", "CH2");

        Assert.Equal(
            "server NTSRV1 still holds package directories OFFICE97 (installed (1)); remove them first " +
            "(job create remove-package-from-server --package <id> --target CH2 --servers NTSRV1)",
            Refused(new RemoveServer("NTSRV1")).Reason);
        Assert.Equal(
            "package OFFICE97 is still on servers NTSRV1 (installed (1)); remove it from them first (job create remove-package-from-server --package OFFICE97 --target <site>)",
            Refused(new RemovePackage("OFFICE97")).Reason);

        var removal = Job("remove-package-from-server", "OFFICE97", "CH2");
        Assert.Equal("completed", Request<JobView>(new ShowJob(removal.Id)).Status);

        Assert.Equal(new RemovedView("server", "NTSRV1"), Request<RemovedView>(new RemoveServer("NTSRV1")));
        Assert.Empty(Request<ServerList>(ListServers.Instance).Servers);
        Assert.Equal(new RemovedView("site", "CH2"), Request<RemovedView>(new RemoveSite("CH2")));
    }

    [Fact]
    public void An_unfinished_job_keeps_its_server_package_and_site()
    {
        OneSiteServerPackage();
        Site("DAN");
        PauseDespooler("CH2");
        var job = Request<JobView>(new CreateJob("share-package-on-server", "OFFICE97", ["CH2"], SourceSite: "DAN"));
        Assert.Equal("pending", job.Status);

        Assert.Equal("server NTSRV1 is a target of unfinished jobs 1 (pending); wait for them to finish or cancel them (job cancel <id>)",
            Refused(new RemoveServer("NTSRV1")).Reason);
        Assert.Equal("package OFFICE97 has unfinished jobs 1 (pending); wait for them to finish or cancel them (job cancel <id>)",
            Refused(new RemovePackage("OFFICE97")).Reason);
        Assert.Equal("site DAN is still named by unfinished jobs 1 (pending); wait for them to finish or cancel them (job cancel <id>)",
            Refused(new RemoveSite("DAN")).Reason);

        Request<JobView>(new CancelJob("1"));

        Request<RemovedView>(new RemoveSite("DAN"));
        Request<RemovedView>(new RemovePackage("OFFICE97"));
        Request<RemovedView>(new RemoveServer("NTSRV1"));
    }

    [Fact]
    public void A_package_on_no_server_is_removed_and_the_lists_forget_it()
    {
        OneSiteServerPackage();
        Request<PackageVersionView>(new AddPackage("WORD", Source("word", ("word.exe", "word"))));

        Assert.Equal(new RemovedView("package", "OFFICE97"), Request<RemovedView>(new RemovePackage("office97")));

        Assert.Equal(["WORD"], Request<PackageList>(ListPackages.Instance).Packages.Select(p => p.Package));
        Assert.StartsWith("unknown package 'OFFICE97'", Refused(new ShowPackage("OFFICE97")).Reason);
        Assert.StartsWith("unknown package 'OFFICE97'", Refused(new CreateJob("system", "OFFICE97", ["CH2"])).Reason);
    }

    [Fact]
    public void Removals_survive_a_restart()
    {
        OneSiteServerPackage();
        Site("DAN");
        Request<RemovedView>(new RemovePackage("OFFICE97"));
        Request<RemovedView>(new RemoveServer("NTSRV1"));
        Request<RemovedView>(new RemoveSite("DAN"));

        RestartGateway();

        Assert.Equal(["CH2"], Request<SiteList>(ListSites.Instance).Sites.Select(s => s.Code));
        Assert.Empty(Request<ServerList>(ListServers.Instance).Servers);
        Assert.Empty(Request<PackageList>(ListPackages.Instance).Packages);
        Assert.StartsWith("site DAN was removed", Refused(new AddSite("DAN")).Reason);
        Assert.Equal(new RemovedView("site", "CH2"), Request<RemovedView>(new RemoveSite("CH2")));
    }
}
