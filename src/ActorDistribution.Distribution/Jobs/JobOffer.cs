using System.Text;
using ActorDistribution.Distribution.Packages;
using ActorDistribution.Distribution.SiteDespoolers;

namespace ActorDistribution.Distribution.Jobs;

/// <summary>The offer file a run-command-on-workstation job drops into each target site's <c>offerinf.box</c>, for clients to read.</summary>
public static class JobOffer
{
    public static string FileName(string jobId) => $"JOB{jobId}.OFR";

    public static byte[] Content(DeliveryOrder order, string site) => Encoding.UTF8.GetBytes(
        $"job={order.JobId}\ntype={order.JobType.ToWord()}\npackage={order.Package}\nversion={order.Version}\nsite={site}\n");
}
