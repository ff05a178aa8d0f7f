using System.Globalization;
using ActorDistribution.Distribution.Requests;

namespace ActorDistribution.Distribution.Gateway;

/// <summary>The names that exist (sites, servers with their site, packages) and the last job number. Names match case-insensitively and keep their first spelling.</summary>
public sealed record DistributionCatalog(
    IReadOnlyList<string> Sites,
    IReadOnlyList<ServerView> Servers,
    IReadOnlyList<string> Packages,
    int LastJob)
{
    public static DistributionCatalog Empty { get; } = new([], [], [], 0);

    /// <summary>Removed names ("site CH2", "server NTSRV1", "package OFFICE97"): not used again, as their entities' journals keep the old history.</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];

    /// <summary>The removed name as first spelled, or null when no such <paramref name="kind"/> was removed.</summary>
    public string? WasRemoved(string kind, string? name) => Find(Removed, $"{kind} {name?.Trim()}")?[(kind.Length + 1)..];

    public IEnumerable<string> JobIds => Enumerable.Range(1, LastJob).Select(n => n.ToString(CultureInfo.InvariantCulture));

    public string? Site(string? code) => Find(Sites, code);

    public string? Package(string? id) => Find(Packages, id);

    public ServerView? Server(string? name) => Servers.FirstOrDefault(s => string.Equals(s.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<string> ServersOf(string site) =>
        Servers.Where(s => string.Equals(s.Site, site, StringComparison.OrdinalIgnoreCase)).Select(s => s.Name).ToList();

    public bool HasJob(string? id) => int.TryParse(id?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= LastJob;

    public DistributionCatalog Apply(CatalogEvent @event) => @event switch
    {
        SiteRegistered e => this with { Sites = [.. Sites, e.Code] },
        ServerRegistered e => this with { Servers = [.. Servers, new ServerView(e.Name, e.Site)] },
        PackageRegistered e => this with { Packages = [.. Packages, e.Id] },
        SiteRemoved e => this with { Sites = Without(Sites, e.Code), Removed = [.. Removed, $"site {e.Code}"] },
        ServerRemoved e => this with
        {
            Servers = Servers.Where(s => !string.Equals(s.Name, e.Name, StringComparison.OrdinalIgnoreCase)).ToList(),
            Removed = [.. Removed, $"server {e.Name}"],
        },
        PackageRemoved e => this with { Packages = Without(Packages, e.Id), Removed = [.. Removed, $"package {e.Id}"] },
        JobRegistered e => this with { LastJob = int.Parse(e.Id, CultureInfo.InvariantCulture) },
        _ => throw new ArgumentException($"unknown catalog event {@event.GetType().Name}", nameof(@event)),
    };

    private static IReadOnlyList<string> Without(IReadOnlyList<string> names, string name) =>
        names.Where(n => !string.Equals(n, name, StringComparison.OrdinalIgnoreCase)).ToList();

    private static string? Find(IReadOnlyList<string> names, string? name) =>
        names.FirstOrDefault(n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
