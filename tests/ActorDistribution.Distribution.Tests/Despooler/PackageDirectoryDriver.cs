using System.Security.Cryptography;
using System.Text;
using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.Packages;
using ActorDistribution.Distribution.SiteDespoolers;
using ActorDistribution.Distribution.Sites;
using ActorDistribution.Hocon;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Tests.Despooler;

/// <summary>
/// Plays the package directory actor synchronously: performs the state's pending effect (with the actor's
/// <see cref="PackageDirectoryEffects"/>) against an in-memory share host, feeds the result back as a command, and jumps the virtual clock to the next due time.
/// Every event is kept, as a journal would keep it.
/// </summary>
internal sealed class PackageDirectoryDriver
{
    private readonly Dictionary<string, Dictionary<string, byte[]>> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<PackageFile>> _manifests = new(StringComparer.Ordinal);
    private readonly List<PackageDirectoryEvent> _events = [];
    private readonly List<PackageDirectoryState> _states = [];

    public PackageDirectoryDriver(string server = "NTSRV1", string package = "OFFICE97")
    {
        Host = new InMemoryShareHost(Clock);
        Share = new ShareAddress(server, package);
        Host.CreateShare(Share);
        Effects = new PackageDirectoryEffects(Host, Share, () => Clock.Now, ReadSource);
    }

    /// <summary>The same effects the package directory actor performs.</summary>
    public PackageDirectoryEffects Effects { get; }

    public static DespoolerOptions Options { get; } = DespoolerOptions.From(ConfigFactory.Reference());

    public ManualClock Clock { get; } = new();

    public InMemoryShareHost Host { get; }

    public ShareAddress Share { get; }

    public PackageDirectoryState State { get; private set; } = PackageDirectoryState.Initial;

    public IReadOnlyList<PackageDirectoryEvent> Events => _events;

    /// <summary>The live state right after each event of <see cref="Events"/>.</summary>
    public IReadOnlyList<PackageDirectoryState> StatesAfterEachEvent => _states;

    public DateTimeOffset Now => Clock.Now;

    /// <summary>Files the package source holds for a version; the manifest is computed from them.</summary>
    public IReadOnlyList<PackageFile> AddVersion(string version, params (string Path, string Content)[] files)
    {
        _sources[version] = files.ToDictionary(file => file.Path, file => Encoding.UTF8.GetBytes(file.Content), StringComparer.OrdinalIgnoreCase);
        var manifest = files
            .Select(file => Encoding.UTF8.GetBytes(file.Content))
            .Zip(files, (bytes, file) => new PackageFile(file.Path, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))))
            .ToList();
        _manifests[version] = manifest;
        return manifest;
    }

    public IReadOnlyList<PackageDirectoryEvent> Install(string version, SiteSettings targetSettings, JobType jobType = JobType.SharePackageOnServer) =>
        Send(new Install(Now, version, _manifests[version], jobType, targetSettings, Options));

    /// <summary>Install with a manifest that may disagree with the source (to provoke a verification failure).</summary>
    public IReadOnlyList<PackageDirectoryEvent> Install(string version, IReadOnlyList<PackageFile> manifest, SiteSettings targetSettings) =>
        Send(new Install(Now, version, manifest, JobType.SharePackageOnServer, targetSettings, Options));

    public IReadOnlyList<PackageDirectoryEvent> Remove(SiteSettings targetSettings) => Send(new Remove(Now, targetSettings, Options));

    public IReadOnlyList<PackageDirectoryEvent> Send(PackageDirectoryCommand command)
    {
        var events = PackageDirectoryEscalation.Decide(State, command);
        foreach (var @event in events)
        {
            State = PackageDirectoryEscalation.Evolve(State, @event);
            _events.Add(@event);
            _states.Add(State);
        }

        return events;
    }

    /// <summary>Runs effects and timers due up to <paramref name="until"/>, then moves the clock there.</summary>
    public void RunUntil(DateTimeOffset until)
    {
        Run(until);
        if (until > Now) Clock.AdvanceTo(until);
    }

    /// <summary>Runs until nothing is left to perform or wait for; the clock stops at the last step.</summary>
    public void RunToEnd() => Run(until: null);

    public (SessionId Session, HandleId Handle) HoldOpen(string user, string path)
    {
        var session = Host.Connect(user, Share).Value;
        var handle = Host.OpenFile(session.Id, path).Value;
        return (session.Id, handle.Id);
    }

    public string Content(string path) => Encoding.UTF8.GetString(Host.ReadFile(Share, path).Value);

    public IReadOnlyList<string> MessagesOf(string user) => Host.Messages(user).Select(message => message.Text).ToList();

    /// <summary>The events since the last install or removal request, the delivery a test is about.</summary>
    public IReadOnlyList<PackageDirectoryEvent> CurrentDelivery =>
        _events.Skip(_events.FindLastIndex(e => e is DeliveryRequested or RemovalRequested) is var start and >= 0 ? start : 0).ToList();

    public T Single<T>() where T : PackageDirectoryEvent => Assert.Single(CurrentDelivery.OfType<T>());

    /// <summary>Puts a file in the package directory directly, as if an older version were there.</summary>
    public void Seed(string path, string content) =>
        Assert.True(Host.WriteFile(Share, path, Encoding.UTF8.GetBytes(content)).IsSuccess);

    private void Run(DateTimeOffset? until)
    {
        for (var steps = 0; ; steps++)
        {
            if (steps > 10_000) throw new InvalidOperationException($"the package directory did not settle; phase {State.Phase}");
            if (State.PendingEffect is { } effect)
            {
                Send(Perform(effect));
            }
            else if (State.NextDue is { } due && (until is null || due.At <= until))
            {
                if (due.At > Now) Clock.AdvanceTo(due.At);
                Send(due.Fire(Now));
            }
            else
            {
                return;
            }
        }
    }

    private PackageDirectoryCommand Perform(PackageDirectoryEffect effect) =>
        Effects.PerformAsync(effect).GetAwaiter().GetResult();

    private Task<Stream?> ReadSource(string version, string path) =>
        Task.FromResult<Stream?>(_sources.GetValueOrDefault(version)?.GetValueOrDefault(path) is { } bytes ? new MemoryStream(bytes) : null);
}
