using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Runtime.Serialization;
using ActorDistribution.Distribution.Requests;

namespace ActorDistribution.Distribution.Tests.Gateway;

/// <summary>
/// Issue 15 item 1: a job keeps its own outcome per target server, final once reached; a later job on the same
/// package directory never rewrites it, and a job replaced before it finished reads superseded.
/// </summary>
public sealed class JobHistorySpec() : DespoolerWorld("distribution.despooler.max-retries = 1")
{
    private static readonly TimeSpan X = TimeSpan.FromMinutes(120);

    private void OneServer()
    {
        Site("CH2");
        Request<ServerView>(new AddServer("NTSRV1", "CH2"));
        Request<PackageVersionView>(new AddPackage("OFFICE97", Source("v1", ("setup.exe", "setup v1"))));
    }

    private JobView Show(string id) => Request<JobView>(new ShowJob(id));

    private string TargetOf(string id) => Show(id).Targets.Single().Status;

    [Fact]
    public void A_completed_job_stays_completed_when_a_later_job_fails_on_the_same_server()
    {
        OneServer();
        Job("share-package-on-server", "OFFICE97", "CH2");
        HoldOpen("alice", "NTSRV1", "OFFICE97", "setup.exe");
        Request<PackageVersionView>(new UpdatePackage("OFFICE97", Source("v2", ("setup.exe", "setup v2"))));

        Job("share-package-on-server", "OFFICE97", "CH2");
        Advance(X);

        Assert.StartsWith("failed (", TargetOf("2"));
        Assert.Equal("failed", Show("2").Status);
        Assert.Equal("installed (1)", TargetOf("1"));
        Assert.Equal("completed", Show("1").Status);
        Assert.Equal(["completed", "failed"], Request<JobList>(ListJobs.Instance).Jobs.Select(j => j.Status));
    }

    [Fact]
    public void A_failed_removal_stays_failed_when_a_later_removal_succeeds()
    {
        OneServer();
        Job("share-package-on-server", "OFFICE97", "CH2");
        var (session, _) = HoldOpen("alice", "NTSRV1", "OFFICE97", "setup.exe");
        Job("remove-package-from-server", "OFFICE97", "CH2");
        Advance(X);
        Assert.Equal("failed", Show("2").Status);
        Shares.Disconnect(session);

        Job("remove-package-from-server", "OFFICE97", "CH2");

        Assert.Equal("completed", Show("3").Status);
        Assert.Equal("removed", TargetOf("3"));
        Assert.Equal("failed", Show("2").Status);
        Assert.StartsWith("failed (", TargetOf("2"));
    }

    [Fact]
    public void Job_create_answers_the_new_jobs_own_status_not_the_previous_jobs_outcome()
    {
        OneServer();
        Job("share-package-on-server", "OFFICE97", "CH2");
        Request<ComponentView>(new ControlComponent("despooler", "pause", "CH2"));

        var created = Job("share-package-on-server", "OFFICE97", "CH2");

        Assert.Equal("pending", created.Status);
        Assert.Equal("pending", created.Targets.Single().Status);
        Assert.Equal("pending", Show("2").Status);
        Request<ComponentView>(new ControlComponent("despooler", "continue", "CH2"));
        Assert.Equal("completed", Show("2").Status);
        Assert.Equal("completed", Show("1").Status);
    }

    [Fact]
    public void A_job_replaced_by_a_newer_job_before_it_finished_reads_superseded()
    {
        OneServer();
        Job("share-package-on-server", "OFFICE97", "CH2");
        var (session, _) = HoldOpen("alice", "NTSRV1", "OFFICE97", "setup.exe");
        Request<PackageVersionView>(new UpdatePackage("OFFICE97", Source("v2", ("setup.exe", "setup v2"))));
        Job("share-package-on-server", "OFFICE97", "CH2");
        Assert.StartsWith("retrying (", TargetOf("2"));
        Shares.Disconnect(session);
        Request<PackageVersionView>(new UpdatePackage("OFFICE97", Source("v3", ("setup.exe", "setup v3"))));

        Job("share-package-on-server", "OFFICE97", "CH2");

        Assert.Equal("installed (3)", TargetOf("3"));
        Assert.Equal("superseded (by job 3)", TargetOf("2"));
        Assert.Equal("superseded", Show("2").Status);
        Assert.Equal("installed (1)", TargetOf("1"));
        Advance(X * 3);
        Assert.Equal("superseded (by job 3)", TargetOf("2"));
    }

    [Fact]
    public async Task Outcomes_are_events_of_the_job_and_a_restart_gives_the_same_history()
    {
        OneServer();
        Job("share-package-on-server", "OFFICE97", "CH2");
        HoldOpen("alice", "NTSRV1", "OFFICE97", "setup.exe");
        Request<PackageVersionView>(new UpdatePackage("OFFICE97", Source("v2", ("setup.exe", "setup v2"))));
        Job("share-package-on-server", "OFFICE97", "CH2");
        Advance(X);
        var before = Request<JobList>(ListJobs.Instance).Jobs.Select(j => (j.Status, j.Targets.Single().Status)).ToList();

        RestartGateway();

        Assert.Equal(before, Request<JobList>(ListJobs.Instance).Jobs.Select(j => (j.Status, j.Targets.Single().Status)));
        var outcome = (await EventsOf("job/1")).OfType<JobTargetSettled>().Single();
        Assert.Equal(("CH2", "NTSRV1", "installed (1)"), (outcome.Site, outcome.Server, outcome.Outcome.Display));
        Assert.Single((await EventsOf("job/2")).OfType<JobTargetSettled>());
    }

    [Fact]
    public async Task A_job_that_missed_the_report_of_its_outcome_asks_the_directory_after_a_restart()
    {
        OneServer();
        Job("share-package-on-server", "OFFICE97", "CH2");
        HoldOpen("alice", "NTSRV1", "OFFICE97", "setup.exe");
        Request<PackageVersionView>(new UpdatePackage("OFFICE97", Source("v2", ("setup.exe", "setup v2"))));
        Job("share-package-on-server", "OFFICE97", "CH2");
        StopGateway();
        // The delivery ended while the node was down for the job: the directory knows, the job was never told.
        Append("pkgdir/NTSRV1/OFFICE97",
            new AttemptStarted(Clock.Now, 1), new PackageFilesCopied(Clock.Now, "2"), new DeliveryCompleted(Clock.Now, "2"));
        Assert.Empty((await EventsOf("job/2")).OfType<JobTargetSettled>());

        StartGateway();

        Assert.Equal("installed (2)", Assert.Single((await EventsOf("job/2")).OfType<JobTargetSettled>()).Outcome.Display);
        Assert.Equal("completed", Show("2").Status);
    }

    [Fact]
    public void Directory_events_written_before_jobs_were_named_in_them_still_read()
    {
        var codec = new EventCodec().RegisterAssembly(typeof(JobCreated).Assembly);
        var requested = new DeliveryRequested(Clock.Now, "1", [], JobType.SharePackageOnServer,
            new DeliveryPlan(false, X, 10, TimeSpan.FromMinutes(5), 1), JobId: "4");
        var (manifest, json) = codec.Serialize(requested);
        var old = System.Text.Encoding.UTF8.GetString(json).Replace(",\"jobId\":\"4\"", "", StringComparison.Ordinal);
        Assert.DoesNotContain("jobId", old);

        var read = (DeliveryRequested)codec.Deserialize(manifest, System.Text.Encoding.UTF8.GetBytes(old));

        Assert.Null(read.JobId);
        Assert.Equal(requested with { JobId = null, Files = read.Files }, read);
    }
}
