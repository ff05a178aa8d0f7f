using ActorDistribution.Distribution.Sites;

namespace ActorDistribution.Distribution.Tests.Despooler;

/// <summary>Settings in effect at a job's target site, as the tests need them.</summary>
internal static class TargetSite
{
    public static SiteSettings Forcing(ResponseMode response = ResponseMode.Fast, int retries = 10, int delayMinutes = 5) =>
        new(response, UseForcedDisconnect: true, retries, TimeSpan.FromMinutes(delayMinutes));

    public static SiteSettings NotForcing(ResponseMode response = ResponseMode.Fast) =>
        new(response, UseForcedDisconnect: false, RetriesBeforeForcedDisconnection: 12, TimeSpan.FromMinutes(5));
}
