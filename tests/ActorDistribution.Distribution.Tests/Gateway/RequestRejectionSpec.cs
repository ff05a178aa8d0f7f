using ActorDistribution.Distribution.Packages;
using ActorDistribution.Distribution.Requests;

namespace ActorDistribution.Distribution.Tests.Gateway;

/// <summary>Every refused request says what was wrong and what is allowed.</summary>
public sealed class RequestRejectionSpec : DespoolerWorld
{
    private void OneSiteServerPackage()
    {
        Request<SiteView>(new AddSite("CH2"));
        Request<ServerView>(new AddServer("NTSRV1", "CH2"));
        Request<PackageVersionView>(new AddPackage("OFFICE97", Source("v1", ("setup.exe", "setup v1"))));
    }

    [Fact]
    public void An_unknown_site_is_named_with_the_known_ones()
    {
        Request<SiteView>(new AddSite("CH2"));

        Assert.Equal("unknown site 'XX1'; known sites: CH2", Refused(new ShowSite("XX1")).Reason);
        Assert.Equal("unknown site 'XX1'; known sites: CH2", Refused(new AddServer("NTSRV1", "XX1")).Reason);
    }

    [Fact]
    public void A_message_that_is_no_request_is_answered_all_the_same()
    {
        Assert.Equal("the despooler gateway does not handle String", Refused("site list").Reason);
    }

    [Fact]
    public void A_site_is_added_once()
    {
        Request<SiteView>(new AddSite("CH2"));

        Assert.Equal("site CH2 already exists", Refused(new AddSite("ch2")).Reason);
    }

    [Fact]
    public void A_site_code_must_be_usable_as_a_server_and_share_name()
    {
        Assert.StartsWith("site code 'C/H' is not allowed", Refused(new AddSite("C/H")).Reason);
        Assert.Equal("site code: a name is required", Refused(new AddSite(" ")).Reason);
    }

    [Fact]
    public void A_bad_response_mode_lists_the_allowed_ones()
    {
        Assert.Equal("response: found 'quick', expected one of very-fast, fast, medium, slow", Refused(new AddSite("CH2", "quick")).Reason);
    }

    [Fact]
    public void A_bad_setting_changes_nothing_and_says_what_is_allowed()
    {
        Request<SiteView>(new AddSite("CH2"));

        var refused = Refused(new SetSiteSettings("CH2", ["use-forced-disconnect=1", "forced-disconnection-delay=soon"]));

        Assert.StartsWith("site CH2: forced-disconnection-delay: found 'soon', expected minutes", refused.Reason);
        Assert.False(Request<SiteView>(new ShowSite("CH2")).Configured.UseForcedDisconnect);
        Assert.StartsWith("site CH2: unknown site setting 'colour'", Refused(new SetSiteSettings("CH2", ["colour=blue"])).Reason);
    }

    [Fact]
    public void An_unknown_job_type_lists_the_job_types()
    {
        OneSiteServerPackage();

        Assert.Equal(
            "job type: found 'install', expected one of run-command-on-workstation, share-package-on-server, remove-package-from-server, system",
            Refused(new CreateJob("install", "OFFICE97", ["CH2"])).Reason);
    }

    [Fact]
    public void A_job_names_unknown_packages_sites_and_servers_outside_its_targets()
    {
        OneSiteServerPackage();
        Request<SiteView>(new AddSite("DAN"));
        Request<ServerView>(new AddServer("DANSRV", "DAN"));

        Assert.Equal("unknown package 'WORD'; known packages: OFFICE97", Refused(new CreateJob("system", "WORD", ["CH2"])).Reason);
        Assert.Equal("unknown target site 'XX1'; known sites: CH2, DAN", Refused(new CreateJob("system", "OFFICE97", ["XX1"])).Reason);
        Assert.Equal(
            "server DANSRV belongs to site DAN, which is not a target of the job (CH2)",
            Refused(new CreateJob("system", "OFFICE97", ["CH2"], Servers: ["DANSRV"])).Reason);
        Assert.Equal("unknown job '7'; jobs are numbered 1 to 0", Refused(new ShowJob("7")).Reason);
    }

    [Fact]
    public void A_site_without_servers_cannot_be_a_target()
    {
        OneSiteServerPackage();
        Request<SiteView>(new AddSite("DAN"));

        Assert.Equal(
            "target site DAN has no distribution server; add one with server add <name> --site DAN",
            Refused(new CreateJob("share-package-on-server", "OFFICE97", ["DAN"])).Reason);
    }

    [Fact]
    public void A_package_needs_an_existing_source_directory_with_files()
    {
        Request<SiteView>(new AddSite("CH2"));
        var missing = Path.Combine(Source("empty"), "nowhere");

        Assert.Equal($"package WORD: source directory {missing} does not exist", Refused(new AddPackage("WORD", missing)).Reason);
        Assert.Equal($"package WORD: source directory {Source("empty")} holds no files", Refused(new AddPackage("WORD", Source("empty"))).Reason);
        Assert.StartsWith("unknown package 'WORD'", Refused(new UpdatePackage("WORD", Source("empty"))).Reason);
    }

    [Fact]
    public void A_file_link_leaving_the_source_is_refused_naming_the_link_and_its_target()
    {
        var outside = Source("outside", ("secret.txt", "system file"));
        var source = Source("linked", ("setup.exe", "setup"));
        File.CreateSymbolicLink(Path.Combine(source, "passwd"), Path.Combine(outside, "secret.txt"));

        var reason = Refused(new AddPackage("WORD", source)).Reason;

        Assert.Equal($"package WORD: passwd is a link to {Path.Combine(outside, "secret.txt")}, outside the source {source}; links may not leave the source", reason);
        Assert.StartsWith("unknown package 'WORD'", Refused(new UpdatePackage("WORD", source)).Reason);
    }

    [Fact]
    public void A_directory_link_leaving_the_source_is_refused_and_nothing_is_listed_through_it()
    {
        var outside = Source("outside", ("etc/passwd", "system file"));
        var source = Source("linked", ("setup.exe", "setup"));
        Directory.CreateDirectory(Path.Combine(source, "data"));
        Directory.CreateSymbolicLink(Path.Combine(source, "data", "etc"), Path.Combine(outside, "etc"));

        var reason = Refused(new AddPackage("WORD", source)).Reason;

        Assert.Equal($"package WORD: data/etc is a link to {Path.Combine(outside, "etc")}, outside the source {source}; links may not leave the source", reason);
    }

    [Fact]
    public void A_relative_link_climbing_out_of_the_source_is_refused_and_an_update_with_it_keeps_the_old_version()
    {
        Source("outside", ("secret.txt", "system file"));
        var source = Source("linked", ("setup.exe", "setup"));
        Request<PackageVersionView>(new AddPackage("WORD", source));
        File.CreateSymbolicLink(Path.Combine(source, "secret.txt"), Path.Combine("..", "outside", "secret.txt"));

        var reason = Refused(new UpdatePackage("WORD", source)).Reason;

        Assert.StartsWith($"package WORD: secret.txt is a link to {Path.Combine(Path.GetDirectoryName(source)!, "outside", "secret.txt")}, outside the source", reason);
    }

    [Fact]
    public void A_file_link_inside_the_source_stays_and_is_packaged_with_its_target_s_content()
    {
        var source = Source("linked", ("setup.exe", "abc"));
        File.CreateSymbolicLink(Path.Combine(source, "install.exe"), "setup.exe");

        var version = Request<PackageVersionView>(new AddPackage("WORD", source));

        Assert.Equal(["install.exe", "setup.exe"], version.Files.Select(f => f.Path));
        Assert.All(version.Files, f => Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", f.Sha256));
    }

    [Fact]
    public void A_dangling_link_in_the_source_is_refused_naming_it()
    {
        var source = Source("linked", ("setup.exe", "abc"));
        File.CreateSymbolicLink(Path.Combine(source, "gone.exe"), Path.Combine(source, "nothere.exe"));

        Assert.Equal($"package WORD: gone.exe is a link to {Path.Combine(source, "nothere.exe")}, which does not exist",
            Refused(new AddPackage("WORD", source)).Reason);
    }

    [Fact]
    public void Only_the_despooler_and_the_four_actions_are_controlled_here()
    {
        Request<SiteView>(new AddSite("CH2"));

        Assert.Equal("unknown component 'spooler', expected despooler or inbox-manager", Refused(new ControlComponent("spooler", "start", "CH2")).Reason);
        Assert.Equal("component action: found 'restart', expected one of start, stop, pause, continue", Refused(new ControlComponent("despooler", "restart", "CH2")).Reason);
    }

    [Fact]
    public void A_package_version_records_size_and_sha256_of_every_file_of_the_tree()
    {
        var version = Request<PackageVersionView>(new AddPackage("OFFICE97", Source("v1", ("setup.exe", "abc"), ("data/readme.txt", ""))));

        Assert.Equal("1", version.Version);
        Assert.Equal(
            [
                new PackageFile("data/readme.txt", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                new PackageFile("setup.exe", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            ],
            version.Files);
        Assert.Equal("2", Request<PackageVersionView>(new UpdatePackage("OFFICE97", Source("v2", ("setup.exe", "abcd")))).Version);
    }
}
