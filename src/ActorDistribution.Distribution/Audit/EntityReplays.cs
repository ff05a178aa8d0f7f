using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.StuckLockRemedies;

namespace ActorDistribution.Distribution.Audit;

/// <summary>
/// From persistence-id prefix (<c>pkgdir/</c>, <c>inbox/</c>, ...) to the pure core's replay. An entity whose
/// kind has no replay registered yet is shown as its list of events, clearly labelled (see <see cref="StateAt"/>).
/// </summary>
public sealed class EntityReplays
{
    private readonly Dictionary<string, EntityReplay> _byPrefix = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The replays of every pure core that exists: package directories, CAP inboxes, inbox managers, stuck-lock supervisors, clients.</summary>
    public static EntityReplays Default() => new EntityReplays()
        .Register("pkgdir/", (_, events) => PackageDirectoryView.Of(PackageDirectoryEscalation.Replay(events.OfType<PackageDirectoryEvent>())))
        .Register("inbox/", (id, events) => Inbox.Replay(ParseInbox(id), events.OfType<InboxEvent>()))
        .Register("inbox-manager/", (id, events) => InboxManager.Replay(NameAfter(id), events.OfType<InboxManagerEvent>()))
        .Register("stuck-lock/", (id, events) => StuckLockSupervisor.Replay(NameAfter(id), events.OfType<StuckLockEvent>()))
        .Register("client/", (id, events) => Client.Replay(NameAfter(id), events.OfType<ClientEvent>()));

    /// <param name="prefix">The start of the persistence ids it serves, with its slash: <c>site/</c>.</param>
    public EntityReplays Register(string prefix, EntityReplay replay)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        _byPrefix[prefix] = replay;
        return this;
    }

    /// <summary>The replay for <paramref name="persistenceId"/>: the one of its longest registered prefix.</summary>
    public EntityReplay? For(string persistenceId) => _byPrefix
        .Where(entry => persistenceId.StartsWith(entry.Key, StringComparison.OrdinalIgnoreCase))
        .OrderByDescending(entry => entry.Key.Length)
        .Select(entry => entry.Value)
        .FirstOrDefault();

    /// <summary>
    /// The CAP inbox of <c>inbox/CAP/INBOX</c>. A CAP name may hold a slash (<c>osher/cap_dan</c>) and so may an inbox
    /// (<c>clicomp.box/swdist</c>): the inbox starts at the first segment named <c>*.box</c>, else after the first segment.
    /// </summary>
    public static CapInbox ParseInbox(string persistenceId)
    {
        var segments = NameAfter(persistenceId).Split('/');
        var boxAt = Array.FindIndex(segments, 1, s => s.EndsWith(".box", StringComparison.OrdinalIgnoreCase));
        var split = boxAt > 0 ? boxAt : Math.Min(1, segments.Length);
        return new CapInbox(string.Join('/', segments[..split]), string.Join('/', segments[split..]));
    }

    private static string NameAfter(string persistenceId) => persistenceId[(persistenceId.IndexOf('/') + 1)..];
}

/// <summary>Rebuilds an entity's state from its events in order (events of other types are the replay's to ignore).</summary>
public delegate object EntityReplay(string persistenceId, IReadOnlyList<object> events);
