using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Runtime;

/// <summary>
/// Where a site server keeps its inboxes on the share host: server <c>SITESRV_&lt;code&gt;</c>, share
/// <c>SMS_&lt;code&gt;</c>, one folder per inbox (<c>offerinf.box</c>, <c>clicomp.box/swdist</c>). The
/// despooler drops advertisement offers here; the inbox manager replicates from here to the CAPs.
/// </summary>
public static class SiteServerShares
{
    public const string OfferInbox = "offerinf.box";

    public static ShareAddress Inboxes(string siteCode) => new($"SITESRV_{siteCode}", $"SMS_{siteCode}");

    public static string PathIn(string inbox, string fileName) => $"{inbox}/{fileName}";
}
