using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.PackageDirectories;

namespace ActorDistribution.Distribution.Tests.Jobs;

public sealed class JobStatusSpec
{
    private static JobDefinition Job(string version, JobType type = JobType.SharePackageOnServer) => new("7", type, "OFFICE97", version, [], null, []);

    private static InstallStatus Installed(string version) => new(InstallStatusKind.Installed, Version: version);

    [Fact]
    public void A_server_holding_an_older_version_has_not_received_the_job_yet()
        => Assert.Equal(InstallStatusKind.Pending, JobStatus.ForTarget(Job("2"), Installed("1")).Kind);

    [Fact]
    public void A_server_holding_the_jobs_version_completes_it()
        => Assert.Equal(JobStatus.Completed, JobStatus.Of([JobStatus.ForTarget(Job("2"), Installed("2"))]));

    [Fact]
    public void A_newer_version_installed_by_a_later_job_still_counts_as_completing_this_one()
        => Assert.Equal(JobStatus.Completed, JobStatus.Of([JobStatus.ForTarget(Job("1"), Installed("2"))]));

    [Fact]
    public void An_installed_package_does_not_complete_a_removal()
        => Assert.Equal(InstallStatusKind.Pending, JobStatus.ForTarget(Job("1", JobType.RemovePackageFromServer), Installed("1")).Kind);
}
