namespace ActorDistribution.Distribution.Runtime;

/// <summary>The journal names of the entities (SPEC section 6): what audits and the shell use to name them.</summary>
public static class PersistenceIds
{
    public static string Site(string code) => $"site/{code}";
    public static string Despooler(string site) => $"despooler/{site}";
    public static string Package(string id) => $"package/{id}";
    public static string Job(string id) => $"job/{id}";
    public static string DistributionServer(string name) => $"server/{name}";
    public static string PackageDirectory(string server, string package) => $"pkgdir/{server}/{package}";
    public static string Cap(string name) => $"cap/{name}";
    public static string Inbox(string cap, string inbox) => $"inbox/{cap}/{inbox}";
    public static string InboxManager(string site) => $"inbox-manager/{site}";
    public static string StuckLockSupervisor(string site) => $"stuck-lock/{site}";
    public static string Client(string name) => $"client/{name}";

    /// <summary>The despooler gateway's catalog of sites, servers, packages and job numbers.</summary>
    public const string Catalog = "catalog/distribution";

    /// <summary>The inbox gateway's catalog of CAPs and clients.</summary>
    public const string InboxCatalog = "catalog/inboxes";
}
