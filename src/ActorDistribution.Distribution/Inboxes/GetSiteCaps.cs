namespace ActorDistribution.Distribution.Inboxes;

/// <summary>Asks a site's inbox manager for the CAPs of the site (<see cref="SiteCaps"/>), whatever its status.</summary>
public sealed class GetSiteCaps
{
    public static readonly GetSiteCaps Instance = new();

    private GetSiteCaps()
    {
    }
}
