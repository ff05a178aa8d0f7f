using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ActorDistribution.Benchmarks.Persistence;
using ActorDistribution.FileServer;
using ActorDistribution.Shares;
using ActorDistribution.Shares.Remote;

namespace ActorDistribution.Benchmarks.Shares;

/// <summary>
/// The share host seam: a <see cref="LocalDiskShareHost"/> called directly (the baseline) next to a <see cref="RemoteShareHost"/>
/// talking HTTP to an adfileserver started in this process on a free 127.0.0.1 port (its own <see cref="LocalDiskShareHost"/> behind
/// the API, so the difference is the HTTP round trips, JSON and the server's state file).
/// Open-file checks: <see cref="IShareHost.FindOpenFiles"/> over a whole share of 200 files, 50 of them held open by 10 users (the
/// despooler's CheckOpenFiles). Copy: 100 files totalling 1 MiB into a fresh share, one <see cref="IShareHost.WriteFileAsync"/> per file
/// and then one <see cref="IShareHost.GetFileInfo"/> per file for the read-back, as PackageDirectoryEffects copies; also with the
/// span <see cref="IShareHost.WriteFile"/> (one HTTP call per file instead of two). Rounds alternate which host goes first; best of N.
/// Every non-GET API call makes the server save its session state before answering, so a streamed remote write saves twice.
/// </summary>
public static class ShareBenchmarks
{
    private const string Server = "NTSRV1";
    private const int ShareFiles = 200, OpenFiles = 50, Users = 10;
    private const int CopyFiles = 100, CopyBytes = 1024 * 1024;

    public static void Run(bool quick, TextWriter output) => RunAsync(quick, output).GetAwaiter().GetResult();

    public static async Task RunAsync(bool quick, TextWriter output)
    {
        var sandbox = Path.Combine(Path.GetTempPath(), "ad-bench-shares-" + Guid.NewGuid().ToString("N")[..12]);
        var settings = new FileServerSettings("127.0.0.1", FreePort(), "", Path.Combine(sandbox, "server"), [Server], "DistributionService",
            32 * 1024 * 1024, CloseHandlesOnStart: false, TimeSpan.FromSeconds(30));
        var app = FileServerApp.Build(settings);
        await app.StartAsync();
        var local = new LocalDiskShareHost(Path.Combine(sandbox, "local"), TimeProvider.System, new ShareHostOptions { ServiceAccount = settings.ServiceAccount });
        using var remote = new RemoteShareHost(new RemoteShareHostOptions
        {
            BaseAddress = new Uri($"http://127.0.0.1:{settings.HttpPort}"),
            ServiceAccount = settings.ServiceAccount,
            Timeout = TimeSpan.FromSeconds(30),
        });
        try
        {
            // A copy takes a tenth of a second: each round copies several times, so one preempted copy does not decide a round.
            var rounds = quick ? 5 : 7;
            var copiesPerRound = quick ? 3 : 5;
            var checkFor = TimeSpan.FromSeconds(quick ? 1 : 3);
            var content = CopyContent();

            var held = new ShareAddress(Server, "HELD");
            Populate(local, held);
            Populate(remote, held);
            // Warm-up (JIT, connection pool, Kestrel): one untimed pass of each measurement on each host.
            foreach (var host in new IShareHost[] { local, remote })
            {
                OpenChecksPerSecond(host, held, TimeSpan.FromMilliseconds(200));
                await CopyAsync(host, new ShareAddress(Server, "WARMASYNC"), content, streamed: true);
                await CopyAsync(host, new ShareAddress(Server, "WARMSPAN"), content, streamed: false);
            }

            double localChecks = 0, remoteChecks = 0;
            double localCopy = double.MaxValue, remoteCopy = double.MaxValue, localSpan = double.MaxValue, remoteSpan = double.MaxValue;
            for (var round = 0; round < rounds; round++)
            {
                // Which host goes first alternates, so drift in the machine's load does not favour one side.
                var order = round % 2 == 0 ? new IShareHost[] { local, remote } : [remote, local];
                foreach (var host in order)
                {
                    var isLocal = ReferenceEquals(host, local);
                    var checks = OpenChecksPerSecond(host, held, checkFor);
                    double copy = double.MaxValue, span = double.MaxValue;
                    for (var c = 0; c < copiesPerRound; c++)
                    {
                        copy = Math.Min(copy, await CopyAsync(host, new ShareAddress(Server, $"COPY{round}X{c}"), content, streamed: true));
                        span = Math.Min(span, await CopyAsync(host, new ShareAddress(Server, $"SPAN{round}X{c}"), content, streamed: false));
                    }
                    if (isLocal) { localChecks = Math.Max(localChecks, checks); localCopy = Math.Min(localCopy, copy); localSpan = Math.Min(localSpan, span); }
                    else { remoteChecks = Math.Max(remoteChecks, checks); remoteCopy = Math.Min(remoteCopy, copy); remoteSpan = Math.Min(remoteSpan, span); }
                }
            }

            output.WriteLine($"# shares: FindOpenFiles over {ShareFiles} files with {OpenFiles} open by {Users} users; copy {CopyFiles} files, {CopyBytes} bytes; best of {rounds} rounds ({copiesPerRound} copies each)");
            PersistenceBenchmarks.Print(output, "shares.open_checks.local_per_s", localChecks);
            PersistenceBenchmarks.Print(output, "shares.open_checks.remote_per_s", remoteChecks);
            PersistenceBenchmarks.Print(output, "shares.open_checks.ratio", remoteChecks / localChecks, "F3");
            PersistenceBenchmarks.Print(output, "shares.copy100.local_ms", localCopy, "F1");
            PersistenceBenchmarks.Print(output, "shares.copy100.remote_ms", remoteCopy, "F1");
            PersistenceBenchmarks.Print(output, "shares.copy100.ratio", localCopy / remoteCopy, "F3");
            PersistenceBenchmarks.Print(output, "shares.copy100_span.local_ms", localSpan, "F1");
            PersistenceBenchmarks.Print(output, "shares.copy100_span.remote_ms", remoteSpan, "F1");
            PersistenceBenchmarks.Print(output, "shares.copy100_span.ratio", localSpan / remoteSpan, "F3");
        }
        finally
        {
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(sandbox, recursive: true); }
            catch (IOException) { }
        }
    }

    /// <summary>A share of <see cref="ShareFiles"/> small files in 10 directories, the first <see cref="OpenFiles"/> held open by <see cref="Users"/> users.</summary>
    private static void Populate(IShareHost host, ShareAddress share)
    {
        Check(host.CreateShare(share), "create share");
        for (var f = 0; f < ShareFiles; f++) Check(host.WriteFile(share, FilePath(f), new byte[512]), "write");
        for (var f = 0; f < OpenFiles; f++)
        {
            var opened = host.OpenFileAs($"user{f % Users}", share, FilePath(f));
            if (!opened.IsSuccess) throw new InvalidOperationException($"open {FilePath(f)}: {opened.Failure!.Message}");
        }
        var found = host.FindOpenFiles(share, "");
        if (found.Value.Count != OpenFiles) throw new InvalidOperationException($"expected {OpenFiles} open files, found {found.Value.Count}");
    }

    private static double OpenChecksPerSecond(IShareHost host, ShareAddress share, TimeSpan duration)
    {
        var watch = Stopwatch.StartNew();
        var checks = 0;
        while (watch.Elapsed < duration)
        {
            var found = host.FindOpenFiles(share, "");
            if (found.Value.Count != OpenFiles) throw new InvalidOperationException($"open-file check found {found.Value.Count}");
            checks++;
        }
        return checks / watch.Elapsed.TotalSeconds;
    }

    /// <summary>Milliseconds to copy the files into a fresh share and read each back (the share is removed afterwards, untimed).</summary>
    private static async Task<double> CopyAsync(IShareHost host, ShareAddress share, IReadOnlyList<(string Path, byte[] Bytes)> files, bool streamed)
    {
        Check(host.CreateShare(share), "create share");
        var watch = Stopwatch.StartNew();
        foreach (var (path, bytes) in files)
        {
            if (streamed)
            {
                await using var stream = new MemoryStream(bytes, writable: false);
                Check(await host.WriteFileAsync(share, path, stream), $"write {path}");
            }
            else Check(host.WriteFile(share, path, bytes), $"write {path}");
        }
        foreach (var (path, bytes) in files)
        {
            var info = host.GetFileInfo(share, path);
            if (info.Value.Size != bytes.Length) throw new InvalidOperationException($"{path}: {info.Value.Size} bytes read back, {bytes.Length} written");
        }
        var elapsed = watch.Elapsed.TotalMilliseconds;
        Check(host.DeleteShare(share), "delete share");
        return elapsed;
    }

    /// <summary><see cref="CopyFiles"/> files of pseudo-random bytes, in 5 directories, totalling exactly <see cref="CopyBytes"/>.</summary>
    private static IReadOnlyList<(string Path, byte[] Bytes)> CopyContent()
    {
        var random = new Random(11);
        return Enumerable.Range(0, CopyFiles).Select(f =>
        {
            var size = CopyBytes / CopyFiles + (f < CopyBytes % CopyFiles ? 1 : 0);
            var bytes = new byte[size];
            random.NextBytes(bytes);
            return ($"dir{f % 5}/file{f:D3}.bin", bytes);
        }).ToList();
    }

    private static string FilePath(int f) => $"dir{f % 10}/file{f:D3}.dat";

    private static void Check(ShareResult result, string what)
    {
        if (result.Failure is { } failure) throw new InvalidOperationException($"{what}: {failure.Message}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
