using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Sites;

namespace ActorDistribution.Distribution.Tests.Gateway;

/// <summary>Changed site settings take effect only when the site's despooler is paused and continued (or started); until then it keeps what it loaded.</summary>
public sealed class SettingsInEffectSpec : DespoolerWorld
{
    [Fact]
    public void A_new_site_runs_its_despooler_with_the_settings_it_was_added_with()
    {
        var site = Request<SiteView>(new AddSite("CH2", "medium"));

        Assert.Equal("running", site.Despooler);
        Assert.Equal(ResponseMode.Medium, site.Configured.Response);
        Assert.Equal(site.Configured, site.InEffect);
    }

    [Fact]
    public void Site_set_changes_the_configured_settings_but_not_those_in_effect()
    {
        Request<SiteView>(new AddSite("CH2"));

        var site = Request<SiteView>(new SetSiteSettings("CH2", ["use-forced-disconnect=1", "forced-disconnection-delay=17m"]));

        Assert.True(site.Configured.UseForcedDisconnect);
        Assert.Equal(TimeSpan.FromMinutes(17), site.Configured.ForcedDisconnectionDelay);
        Assert.False(site.InEffect!.UseForcedDisconnect);
        Assert.Equal(site, Request<SiteView>(new ShowSite("CH2")));
    }

    [Fact]
    public void Settings_read_back_in_the_words_site_set_takes()
    {
        var site = Request<SiteView>(new AddSite("CH2", "slow"));
        var changed = Request<SiteView>(new SetSiteSettings("CH2", ["use-forced-disconnect=7", "forced-disconnection-delay=1h"]));

        Assert.Equal(
            ["response=slow", "use-forced-disconnect=on", "retries-before-forced-disconnection=12", "forced-disconnection-delay=60m"],
            SiteAssignments.Of(changed.Configured));
        Assert.Equal("use-forced-disconnect=off", SiteAssignments.Of(site.InEffect!)[1]);
    }

    [Fact]
    public void Pause_and_continue_load_the_changed_settings()
    {
        Request<SiteView>(new AddSite("CH2"));
        Request<SiteView>(new SetSiteSettings("CH2", ["use-forced-disconnect=on"]));

        Assert.Equal("paused", Request<ComponentView>(new ControlComponent("despooler", "pause", "CH2")).Status);
        var continued = Request<ComponentView>(new ControlComponent("despooler", "continue", "CH2"));

        Assert.Equal("running", continued.Status);
        Assert.True(continued.InEffect!.UseForcedDisconnect);
        Assert.True(Request<SiteView>(new ShowSite("CH2")).InEffect!.UseForcedDisconnect);
    }

    [Fact]
    public void A_delivery_waits_while_the_despooler_is_paused_and_runs_when_it_continues()
    {
        Request<SiteView>(new AddSite("CH2"));
        Request<ServerView>(new AddServer("NTSRV1", "CH2"));
        Request<PackageVersionView>(new AddPackage("OFFICE97", Source("v1", ("setup.exe", "setup v1"))));
        Request<ComponentView>(new ControlComponent("despooler", "pause", "CH2"));

        var job = Job("share-package-on-server", "OFFICE97", "CH2");
        Advance(TimeSpan.FromHours(5));

        Assert.Equal("pending", Request<JobView>(new ShowJob(job.Id)).Status);
        Assert.Equal("none", Status("OFFICE97", "NTSRV1"));
        Assert.Equal(1, Request<ComponentView>(new ControlComponent("despooler", "stop", "CH2")).Waiting);
        Assert.Equal(0, Request<ComponentView>(new ControlComponent("despooler", "start", "CH2")).Waiting);
        Assert.Equal("completed", Request<JobView>(new ShowJob(job.Id)).Status);
    }

    [Fact]
    public void A_despooler_is_continued_only_when_paused()
    {
        Request<SiteView>(new AddSite("CH2"));

        Assert.Equal("the despooler of CH2 is running, not paused", Refused(new ControlComponent("despooler", "continue", "CH2")).Reason);
        Assert.Equal("the despooler of CH2 is already running", Refused(new ControlComponent("despooler", "start", "CH2")).Reason);
    }
}
