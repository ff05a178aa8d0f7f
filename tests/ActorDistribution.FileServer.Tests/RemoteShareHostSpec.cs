using ActorDistribution.Shares.Tests;

namespace ActorDistribution.FileServer.Tests;

/// <summary>The share-host conformance specs, run through RemoteShareHost against a real adfileserver over HTTP.</summary>
public sealed class RemoteShareHostSpec : ShareHostSpec, IAsyncLifetime
{
    [ThreadStatic] private static FileServerFixture? _starting;

    // Client and server share this process's thread pool here: the parallel spec blocks pool threads in
    // synchronous calls that Kestrel then needs to answer them. Separate processes do not have that problem.
    static RemoteShareHostSpec() => ThreadPool.SetMinThreads(Math.Max(64, Environment.ProcessorCount), 64);

    public RemoteShareHostSpec()
        : base((clock, options) => (_starting = new FileServerFixture(clock, options.ServiceAccount)).Client())
    {
        Server = _starting!;
    }

    private FileServerFixture Server { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        ((IDisposable)Host).Dispose();
        await Server.DisposeAsync();
    }
}
