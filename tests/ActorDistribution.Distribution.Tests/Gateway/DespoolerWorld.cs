using Akka.Actor;
using ActorDistribution.Distribution.Gateway;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Tests.Runtime;
using ActorDistribution.Shares;
using ActorDistribution.Testing;
using Xunit.Sdk;

namespace ActorDistribution.Distribution.Tests.Gateway;

/// <summary>
/// Specs that drive the despooler side only through its gateway, as the shell will: requests in, views
/// or Rejected out, on the virtual clock, with package sources in a temporary directory.
/// </summary>
public abstract class DespoolerWorld : DistributionTestKit
{
    private static readonly TimeSpan WallLimit = TimeSpan.FromSeconds(20);
    private readonly TempDirectory _sources = new();
    private int _gateways;

    protected DespoolerWorld(string? overrides = null) : base(overrides) => Gateway = NewGateway();

    protected IActorRef Gateway { get; private set; }

    /// <summary>Asks the gateway and expects a reply of type <typeparamref name="T"/> (a Rejected fails the test with its reason).</summary>
    protected T Request<T>(object request)
    {
        var reply = Answer(request);
        return reply is T typed ? typed : throw new XunitException($"{request} was answered {reply} ({reply.GetType().Name}), expected a {typeof(T).Name}");
    }

    protected Rejected Refused(object request)
    {
        var reply = Answer(request);
        return reply as Rejected ?? throw new XunitException($"{request} was expected to be rejected but was answered {reply}");
    }

    private object Answer(object request)
    {
        var task = Gateway.Ask<object>(request, TimeSpan.FromHours(1));
        if (!task.Wait(WallLimit)) throw new XunitException($"no answer to {request} within {WallLimit.TotalSeconds} s");
        Settle();
        return task.Result;
    }

    /// <summary>A package source directory holding these files (relative path, content).</summary>
    protected string Source(string name, params (string Path, string Content)[] files)
    {
        var directory = Path.Combine(_sources.Path, name);
        Directory.CreateDirectory(directory);
        foreach (var (path, content) in files) _sources.Write(Path.Combine(name, path), content);
        return directory;
    }

    protected void Site(string code, string response = "fast", params string[] settings)
    {
        Request<SiteView>(new AddSite(code, response));
        if (settings.Length == 0) return;
        Request<SiteView>(new SetSiteSettings(code, settings));
        Request<ComponentView>(new ControlComponent("despooler", "pause", code));
        Request<ComponentView>(new ControlComponent("despooler", "continue", code));
    }

    protected JobView Job(string type, string package, params string[] targets) =>
        Request<JobView>(new CreateJob(type, package, targets));

    protected string Status(string package, string server) =>
        Request<PackageStatusView>(new PackageStatus(package)).Servers.Single(s => s.Server == server).Status;

    protected (SessionId Session, HandleId Handle) HoldOpen(string user, string server, string share, string path)
    {
        var session = Shares.Connect(user, new ShareAddress(server, share));
        Assert.True(session.IsSuccess, $"{user} could not connect to {server}/{share}: {session}");
        var handle = Shares.OpenFile(session.Value.Id, path);
        Assert.True(handle.IsSuccess, $"{user} could not open {path}: {handle}");
        return (session.Value.Id, handle.Value.Id);
    }

    protected string Content(string server, string share, string path) =>
        System.Text.Encoding.UTF8.GetString(Shares.ReadFile(new ShareAddress(server, share), path).Value);

    protected IReadOnlyList<string> MessagesOf(string user) => Shares.Messages(user).Select(m => m.Text).ToList();

    /// <summary>Stops the gateway and everything under it, then starts a new one on the same journal: a node restart.</summary>
    protected void RestartGateway()
    {
        StopGateway();
        StartGateway();
    }

    /// <summary>Stops the gateway and every entity under it, as a crash of the node would.</summary>
    protected void StopGateway()
    {
        Watch(Gateway);
        Sys.Stop(Gateway);
        ExpectTerminated(Gateway);
    }

    /// <summary>A new gateway on the same journal and share host; deliveries in flight resume.</summary>
    protected void StartGateway()
    {
        Gateway = NewGateway();
        Settle();
    }

    private IActorRef NewGateway() => DespoolerBootstrap.Start(Sys, $"distribution-{++_gateways}");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _sources.Dispose();
    }
}
