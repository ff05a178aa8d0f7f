using ActorDistribution.Distribution.Jobs;

namespace ActorDistribution.Distribution.Tests.Jobs;

public sealed class JobTypeSpec
{
    [Theory]
    [InlineData(JobType.RunCommandOnWorkstation, true)]
    [InlineData(JobType.SharePackageOnServer, true)]
    [InlineData(JobType.RemovePackageFromServer, false)]
    [InlineData(JobType.System, false)]
    public void Only_run_command_and_share_package_jobs_allow_forced_delivery(JobType type, bool allowed) =>
        Assert.Equal(allowed, type.AllowsForcedDelivery());

    [Theory]
    [InlineData("run-command-on-workstation", JobType.RunCommandOnWorkstation)]
    [InlineData("Share-Package-On-Server", JobType.SharePackageOnServer)]
    [InlineData("remove-package-from-server", JobType.RemovePackageFromServer)]
    [InlineData("system", JobType.System)]
    public void The_shells_words_name_job_types(string word, JobType expected)
    {
        Assert.True(JobTypes.TryParse(word, out var type, out _));
        Assert.Equal(expected, type);
        Assert.Equal(word.ToLowerInvariant(), type.ToWord());
    }

    [Fact]
    public void An_unknown_job_type_error_lists_the_allowed_types()
    {
        Assert.False(JobTypes.TryParse("deploy", out _, out var error));
        Assert.Equal("job type: found 'deploy', expected one of run-command-on-workstation, share-package-on-server, remove-package-from-server, system", error);
    }
}
