using System.Text;
using ActorDistribution.Distribution.Packages;
using ActorDistribution.Distribution.SiteDespoolers;

namespace ActorDistribution.Distribution.Jobs;

/// <summary>The offer file a run-command-on-workstation job drops into each target site's <c>offerinf.box</c>, for clients to read.</summary>
public static class JobOffer
{
    public static string FileName(string jobId) => $"JOB{jobId}.OFR";

    public static byte[] Content(DeliveryOrder order, string site) => Encoding.UTF8.GetBytes(
        $"job={order.JobId}\ntype={order.JobType.ToWord()}\npackage={order.Package}\nversion={order.Version}\nsite={site}\n" +
        (order.Command is null ? "" : $"command={OneLine(order.Command)}\n"));

    /// <summary>The command line an offer file carries (its <c>command=</c> line), or null when it carries none.</summary>
    public static string? CommandIn(byte[] content)
    {
        foreach (var line in Encoding.UTF8.GetString(content).Split('\n'))
            if (line.TrimEnd('\r') is var text && text.StartsWith("command=", StringComparison.Ordinal))
                return text["command=".Length..];
        return null;
    }

    // One key=value line per field: a line break in the command would end it early.
    private static string OneLine(string command) => command.ReplaceLineEndings(" ");
}
