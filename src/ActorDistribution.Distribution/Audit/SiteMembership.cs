using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using ActorDistribution.Distribution.Caps;

namespace ActorDistribution.Distribution.Audit;

/// <summary>
/// Which entities belong to which site, learnt from the journal alone:
/// <list type="bullet">
/// <item>a site's own components are named after it: <c>site/X</c>, <c>despooler/X</c>, <c>inbox-manager/X</c>, <c>stuck-lock/X</c>;</item>
/// <item>a tag <c>site:X</c> (or <c>site/X</c>) on any event;</item>
/// <item>an event with a <c>Site</c> property (a client's registration, a server or CAP added to a site), or
/// <c>TargetSites</c> (a job), puts its own entity in those sites;</item>
/// <item>a site component's events that name CAP inboxes (dispatched updates, stuck locks) or a CAP put those in its site;</item>
/// <item>a package directory <c>pkgdir/S/P</c> is in the sites of <c>server/S</c>; a CAP inbox <c>inbox/C/I</c> in those of <c>cap/C</c>.</item>
/// </list>
/// New entity kinds join by carrying a Site property or a site tag; nothing here needs to change.
/// </summary>
public sealed class SiteMembership
{
    private static readonly string[] OwnPrefixes = ["site/", "despooler/", "inbox-manager/", "stuck-lock/"];
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();
    private readonly Dictionary<string, HashSet<string>> _sitesById = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Learns from one event; call for every event of the journal, in any order.</summary>
    public void Observe(EventEnvelope envelope)
    {
        var id = envelope.PersistenceId;
        if (OwnSite(id) is { } own) Add(id, own);
        foreach (var tag in envelope.Tags)
            if (SiteOfTag(tag) is { } tagged) Add(id, tagged);

        foreach (var property in PropertiesOf(envelope.Event.GetType()))
        {
            var value = property.GetValue(envelope.Event);
            switch (property.Name, value)
            {
                case ("Site", string site) when site.Length > 0:
                    Add(id, site);
                    break;
                case ("TargetSites", IEnumerable<string> sites):
                    foreach (var site in sites) Add(id, site);
                    break;
                case (_, CapInbox inbox) when OwnSite(id) is { } owner:
                    AddInbox(inbox, owner);
                    break;
                case (_, IEnumerable<CapInbox> inboxes) when OwnSite(id) is { } owner:
                    foreach (var inbox in inboxes) AddInbox(inbox, owner);
                    break;
                case ("Cap", string cap) when OwnSite(id) is { } owner:
                    Add("cap/" + cap, owner);
                    break;
            }
        }
    }

    /// <summary>The sites <paramref name="persistenceId"/> belongs to (none when nothing tells).</summary>
    public IReadOnlySet<string> SitesOf(string persistenceId)
    {
        if (_sitesById.TryGetValue(persistenceId, out var sites)) return With(sites, Derived(persistenceId));
        return Derived(persistenceId) is { } derived ? derived : new HashSet<string>();
    }

    public bool BelongsTo(string persistenceId, string site) => SitesOf(persistenceId).Contains(site, StringComparer.OrdinalIgnoreCase);

    /// <summary>The site code named by <c>site/X</c>, or null.</summary>
    public static string? SiteOfEntity(string persistenceId) =>
        persistenceId.StartsWith("site/", StringComparison.OrdinalIgnoreCase) ? persistenceId["site/".Length..] : null;

    private static string? OwnSite(string id)
    {
        foreach (var prefix in OwnPrefixes)
            if (id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && id.Length > prefix.Length) return id[prefix.Length..];
        return null;
    }

    private static string? SiteOfTag(string tag)
    {
        foreach (var prefix in (string[])["site:", "site/"])
            if (tag.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && tag.Length > prefix.Length) return tag[prefix.Length..];
        return null;
    }

    /// <summary>Sites inherited from the entity a package directory or CAP inbox lives on.</summary>
    private HashSet<string>? Derived(string id)
    {
        string? host = null;
        if (id.StartsWith("pkgdir/", StringComparison.OrdinalIgnoreCase) && id.IndexOf('/', "pkgdir/".Length) is var slash and > 0)
            host = "server/" + id["pkgdir/".Length..slash];
        else if (id.StartsWith("inbox/", StringComparison.OrdinalIgnoreCase))
            host = "cap/" + EntityReplays.ParseInbox(id).Cap;
        return host is not null && _sitesById.TryGetValue(host, out var sites) ? sites : null;
    }

    private static HashSet<string> With(HashSet<string> sites, HashSet<string>? more) =>
        more is null ? sites : new HashSet<string>(sites.Concat(more), StringComparer.OrdinalIgnoreCase);

    private void AddInbox(CapInbox inbox, string site)
    {
        Add(inbox.PersistenceId, site);
        Add("cap/" + inbox.Cap, site);
    }

    private void Add(string id, string site)
    {
        if (!_sitesById.TryGetValue(id, out var sites)) _sitesById[id] = sites = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        sites.Add(site);
    }

    private static PropertyInfo[] PropertiesOf(Type type) => Properties.GetOrAdd(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0
                    && (p.Name is "Site" or "TargetSites" or "Cap"
                        || p.PropertyType == typeof(CapInbox)
                        || (typeof(IEnumerable).IsAssignableFrom(p.PropertyType) && p.PropertyType.IsGenericType
                            && p.PropertyType.GetGenericArguments()[0] == typeof(CapInbox))))
        .ToArray());
}
