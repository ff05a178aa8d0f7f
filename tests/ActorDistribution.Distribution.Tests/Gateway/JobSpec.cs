using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Tests.Gateway;

/// <summary>Jobs: numbering, servers per target site, the overall status from the targets, and the offer of a run-command job.</summary>
public sealed class JobSpec() : DespoolerWorld("distribution.despooler.max-retries = 0")
{
    private void TwoSites()
    {
        Site("CH2");
        Site("DAN");
        Request<ServerView>(new AddServer("NTSRV1", "CH2"));
        Request<ServerView>(new AddServer("NTSRV2", "CH2"));
        Request<ServerView>(new AddServer("DANSRV", "DAN"));
        Request<PackageVersionView>(new AddPackage("OFFICE97", Source("v1", ("setup.exe", "setup v1"))));
    }

    [Fact]
    public void A_job_without_servers_reaches_every_server_of_each_target_site()
    {
        TwoSites();

        var job = Job("share-package-on-server", "OFFICE97", "CH2", "DAN");

        Assert.Equal("1", job.Id);
        Assert.Equal("1", job.Version);
        Assert.Equal(["NTSRV1", "NTSRV2", "DANSRV"], job.Targets.Select(t => t.Server));
        Assert.Equal("completed", Request<JobView>(new ShowJob("1")).Status);
        Assert.All(Request<PackageStatusView>(new PackageStatus("OFFICE97")).Servers, s => Assert.Equal("installed (1)", s.Status));
    }

    [Fact]
    public void A_job_with_servers_reaches_only_those()
    {
        TwoSites();

        var job = Request<JobView>(new CreateJob("share-package-on-server", "OFFICE97", ["CH2"], Servers: ["NTSRV2"]));

        Assert.Equal([new JobTargetView("CH2", "NTSRV2", "installed (1)")], Request<JobView>(new ShowJob(job.Id)).Targets);
        Assert.Equal("none", Status("OFFICE97", "NTSRV1"));
    }

    [Fact]
    public void A_job_fails_when_one_target_failed_and_the_others_are_done()
    {
        TwoSites();
        Job("share-package-on-server", "OFFICE97", "CH2", "DAN");
        HoldOpen("alice", "DANSRV", "OFFICE97", "setup.exe");
        Request<PackageVersionView>(new UpdatePackage("OFFICE97", Source("v2", ("setup.exe", "setup v2"))));

        var job = Job("share-package-on-server", "OFFICE97", "CH2", "DAN");

        var shown = Request<JobView>(new ShowJob(job.Id));
        Assert.Equal("failed", shown.Status);
        Assert.StartsWith("failed (", shown.Targets.Single(t => t.Server == "DANSRV").Status);
        Assert.Equal("installed (2)", shown.Targets.Single(t => t.Server == "NTSRV1").Status);
        Assert.Equal(["1", "2"], Request<JobList>(ListJobs.Instance).Jobs.Select(j => j.Id));
    }

    [Fact]
    public void Retrying_a_failed_job_creates_a_new_job_for_just_its_failed_targets()
    {
        TwoSites();
        Job("share-package-on-server", "OFFICE97", "CH2", "DAN");
        HoldOpen("alice", "DANSRV", "OFFICE97", "setup.exe");
        Request<PackageVersionView>(new UpdatePackage("OFFICE97", Source("v2", ("setup.exe", "setup v2"))));
        Job("share-package-on-server", "OFFICE97", "CH2", "DAN");

        var retried = Request<JobView>(new RetryJob("2"));

        Assert.Equal("3", retried.Id);
        Assert.Equal("share-package-on-server", retried.Type);
        Assert.Equal(["DANSRV"], retried.Targets.Select(t => t.Server));
        Assert.Equal(["1", "2", "3"], Request<JobList>(ListJobs.Instance).Jobs.Select(j => j.Id));
    }

    [Fact]
    public void Retrying_a_job_without_failed_targets_or_an_unknown_one_is_refused_with_the_reason()
    {
        TwoSites();
        Job("share-package-on-server", "OFFICE97", "CH2");

        Assert.Equal("job 1 is completed: only a finished job with failed targets is retried", Refused(new RetryJob("1")).Reason);
        Assert.Equal("unknown job '9'; jobs are numbered 1 to 1", Refused(new RetryJob("9")).Reason);
        Assert.Single(Request<JobList>(ListJobs.Instance).Jobs);
    }

    [Fact]
    public void A_removal_job_deletes_the_package_directory_and_completes()
    {
        TwoSites();
        Job("share-package-on-server", "OFFICE97", "CH2");

        var removal = Job("remove-package-from-server", "OFFICE97", "CH2");

        Assert.Null(removal.Version);
        Assert.Equal("completed", Request<JobView>(new ShowJob(removal.Id)).Status);
        Assert.Equal("removed", Status("OFFICE97", "NTSRV1"));
        Assert.Empty(Shares.ListDirectory(new ShareAddress("NTSRV1", "OFFICE97"), "").Value);
    }

    [Fact]
    public void A_run_command_job_drops_one_offer_file_into_the_offer_inbox_of_each_target_site()
    {
        TwoSites();

        var job = Request<JobView>(new CreateJob("run-command-on-workstation", "OFFICE97", ["CH2", "DAN"], Command: "setup.exe /q"));

        foreach (var site in new[] { "CH2", "DAN" })
        {
            var offer = Shares.ReadFile(SiteServerShares.Inboxes(site), "offerinf.box/JOB1.OFR");
            Assert.True(offer.IsSuccess, $"no offer in the offer inbox of {site}: {offer}");
            Assert.Contains("package=OFFICE97", System.Text.Encoding.UTF8.GetString(offer.Value));
            Assert.Contains("command=setup.exe /q\n", System.Text.Encoding.UTF8.GetString(offer.Value));
            Assert.Single(Shares.ListDirectory(SiteServerShares.Inboxes(site), "offerinf.box").Value);
        }

        Assert.Equal(["SITESRV_CH2/SMS_CH2/offerinf.box/JOB1.OFR", "SITESRV_DAN/SMS_DAN/offerinf.box/JOB1.OFR"], job.OfferInboxes);
        Assert.Equal("setup.exe /q", Request<JobView>(new ShowJob(job.Id)).Command);
    }

    [Fact]
    public void A_run_command_job_without_a_command_line_is_refused_naming_the_option()
    {
        TwoSites();

        var refused = Refused(new CreateJob("run-command-on-workstation", "OFFICE97", ["CH2"])).Reason;

        Assert.Contains("--command", refused);
        Assert.Empty(Request<JobList>(ListJobs.Instance).Jobs);
    }

    [Theory]
    [InlineData("share-package-on-server")]
    [InlineData("remove-package-from-server")]
    public void A_command_line_for_a_job_type_that_runs_none_is_refused(string type)
    {
        TwoSites();

        var refused = Refused(new CreateJob(type, "OFFICE97", ["CH2"], Command: "setup.exe /q")).Reason;

        Assert.Contains("--command", refused);
        Assert.Contains("run-command-on-workstation", refused);
        Assert.Empty(Request<JobList>(ListJobs.Instance).Jobs);
    }

    [Fact]
    public void A_share_job_drops_no_offer()
    {
        TwoSites();

        Job("share-package-on-server", "OFFICE97", "CH2");

        var inbox = Shares.ListDirectory(SiteServerShares.Inboxes("CH2"), "offerinf.box");
        Assert.True(!inbox.IsSuccess || inbox.Value.Count == 0, $"the offer inbox of CH2 holds {inbox}");
    }
}
