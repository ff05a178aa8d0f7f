namespace ActorDistribution.Distribution.Gateway;

/// <summary>The CAPs and clients of the inbox side, as registered; names match case-insensitively and keep their first spelling.</summary>
public sealed record InboxCatalog(IReadOnlyList<string> Caps, IReadOnlyList<string> Clients)
{
    public static InboxCatalog Empty { get; } = new([], []);

    public bool HasCap(string name) => Caps.Contains(name, StringComparer.OrdinalIgnoreCase);

    public bool HasClient(string name) => Clients.Contains(name, StringComparer.OrdinalIgnoreCase);

    public InboxCatalog Apply(InboxCatalogEvent @event) => @event switch
    {
        CatalogCapAdded e => HasCap(e.Name) ? this : this with { Caps = [.. Caps, e.Name] },
        CatalogCapRemoved e => this with { Caps = Without(Caps, e.Name) },
        CatalogClientAdded e => HasClient(e.Name) ? this : this with { Clients = [.. Clients, e.Name] },
        CatalogClientRemoved e => this with { Clients = Without(Clients, e.Name) },
        InboxCatalogSeeded e => new InboxCatalog(Union(Caps, e.Caps), Union(Clients, e.Clients)),
        _ => throw new ArgumentException($"unknown inbox catalog event {@event.GetType().Name}", nameof(@event)),
    };

    private static IReadOnlyList<string> Without(IReadOnlyList<string> names, string name) =>
        names.Where(n => !string.Equals(n, name, StringComparison.OrdinalIgnoreCase)).ToList();

    private static IReadOnlyList<string> Union(IReadOnlyList<string> names, IEnumerable<string> more) =>
        names.Concat(more).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
