using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Servers;

/// <summary>Where a package directory lives: share <c>PACKAGE</c> on server <c>SERVER</c> (e.g. <c>NTSRV1/OFFICE97</c>).</summary>
public static class PackageDirectoryShares
{
    public static ShareAddress Address(string server, string package) => new(server, package);

    /// <summary>The entity id of a package directory in its region: <c>SERVER/PACKAGE</c>.</summary>
    public static string EntityId(string server, string package) => $"{server}/{package}";

    public static (string Server, string Package) Parse(string entityId)
    {
        var slash = entityId.IndexOf('/');
        if (slash <= 0 || slash == entityId.Length - 1)
            throw new ArgumentException($"a package directory id is SERVER/PACKAGE, found '{entityId}'", nameof(entityId));
        return (entityId[..slash], entityId[(slash + 1)..]);
    }
}
