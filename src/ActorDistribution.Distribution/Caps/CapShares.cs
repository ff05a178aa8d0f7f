using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Caps;

/// <summary>
/// Where a CAP lives on the share host. A CAP named <c>SERVER/SHARE</c> (e.g. <c>OSHER/CAP_DAN</c>) is that
/// share; a plain name (<c>CAP_DAN</c>) is a server of that name with one share <see cref="DefaultShare"/>.
/// Each inbox is a folder of the share (<c>offerinf.box</c>, <c>clicomp.box/swdist</c>).
/// </summary>
public static class CapShares
{
    public const string DefaultShare = "CAP";

    public static ShareAddress Address(string cap)
    {
        var slash = cap.IndexOfAny(['/', '\\']);
        return slash < 0 ? new ShareAddress(cap, DefaultShare) : new ShareAddress(cap[..slash], cap[(slash + 1)..]);
    }

    /// <summary>The CAP's location as <c>SERVER/SHARE</c>, which is how UNC paths and <c>share close-all</c> name it.</summary>
    public static string Location(string cap)
    {
        var address = Address(cap);
        return $"{address.Server}/{address.Share}";
    }
}
