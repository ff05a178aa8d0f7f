using System.Net;
using System.Net.Sockets;
using ActorDistribution.Node;
using ActorDistribution.Testing;
using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

/// <summary>
/// Issue 15: every way a start can fail — bad configuration, a journal held by another process, a port in use, a journal file that
/// is no database, a data folder that cannot be made — is one <c>error:</c> line naming what and where, a non-zero exit and no stack
/// trace, for the node (adnode) and for the shell's embedded node. (The shell listens on no port, so "port in use" is the node's alone.)
/// </summary>
public sealed class StartupFailureSpec : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private string JournalPath => Path.Combine(_data.Path, "journal.db");

    /// <summary>A file where a folder should be: nothing can be created under it, even by root.</summary>
    private string UnderAFile => Path.Combine(_data.Write("blocker", "a file, not a folder"), "data");

    private void GarbageJournal() => _data.Write("journal.db", string.Concat(Enumerable.Repeat("not an SQLite database; ", 40)));

    private void HeldJournal() => _data.Write("journal.db.lock", $"{Environment.ProcessId}\nadnode\nhttp://127.0.0.1:5999\n");

    private async Task<(int Code, string Output, string Error)> Node(int port, params string[] settings)
    {
        var config = _data.Write("node.conf", "");
        string[] args = ["--config", config, "-D", "clock.mode=virtual", "-D", $"persistence.sqlite.path={JournalPath}",
            "-D", $"shares.root={Path.Combine(_data.Path, "shares")}", "-D", $"node.http.port={port}",
            "-D", "logging.console.enabled=off", "-D", $"logging.file.path={Path.Combine(_data.Path, "logs", "node-.log")}",
            .. settings.SelectMany(s => new[] { "-D", s })];
        var (output, error) = (new StringWriter(), new StringWriter());
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var code = await NodeApp.RunAsync(args, output, error, stop.Token);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>One <c>error:</c> line, nothing on the output, no stack trace; the line is returned for its words.</summary>
    private static string OneErrorLine((int Code, string Output, string Error) run)
    {
        Assert.Equal(1, run.Code);
        Assert.Equal("", run.Output);
        Assert.DoesNotContain("   at ", run.Error);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        return line;
    }

    [Fact]
    public async Task Bad_configuration()
    {
        Assert.Contains("actor-system.throughput: found 'banana'", OneErrorLine(await Node(LoopbackPort.Free(), "actor-system.throughput=banana")));
        Assert.Contains("actor-system.throughput: found 'banana'", OneErrorLine(Run("--simulate", "--data", _data.Path, "-D", "actor-system.throughput=banana", "--", "site", "list")));
    }

    [Fact]
    public async Task A_journal_held_by_another_process()
    {
        HeldJournal();

        Assert.Contains("drive that one with the shell (adshell --connect http://127.0.0.1:5999)", OneErrorLine(await Node(LoopbackPort.Free())));
        Assert.Contains("drive it instead with --connect http://127.0.0.1:5999", OneErrorLine(Run("--simulate", "--data", _data.Path, "--", "site", "list")));
    }

    [Fact]
    public async Task A_port_in_use()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var line = OneErrorLine(await Node(port));

        Assert.StartsWith($"error: cannot listen on http://127.0.0.1:{port}: ", line);
        Assert.False(File.Exists(JournalPath + ".lock"), "the journal is released");
    }

    [Fact]
    public async Task A_journal_file_that_is_no_database()
    {
        GarbageJournal();
        var expected = $"the journal sqlite {JournalPath} cannot be used: SQLite Error 26: 'file is not a database'; it is not an intact SQLite database; move it aside";

        Assert.Contains(expected, OneErrorLine(await Node(LoopbackPort.Free())));
        Assert.Contains(expected, OneErrorLine(Run("--simulate", "--data", _data.Path, "--", "site", "list")));
        Assert.False(File.Exists(JournalPath + ".lock"), "the journal is released");
    }

    [Fact]
    public async Task A_data_folder_that_cannot_be_created()
    {
        var data = UnderAFile;
        var blocker = Path.GetDirectoryName(data)!;

        var node = OneErrorLine(await Node(LoopbackPort.Free(), $"persistence.sqlite.path={Path.Combine(data, "journal.db")}"));
        var shell = OneErrorLine(Run("--simulate", "--data", data, "--", "site", "list"));

        Assert.Equal($"error: persistence.sqlite.path: the folder {data} cannot be created: {blocker} is a file, not a folder", node);
        Assert.Equal($"error: persistence.sqlite.path, shares.root, logging.file.path: the folders {data}, {Path.Combine(data, "shares")}, "
            + $"{Path.Combine(data, "logs")} cannot be created: {blocker} is a file, not a folder", shell);
    }

    [Fact]
    public async Task A_shares_root_that_cannot_be_created()
    {
        var shares = UnderAFile;

        Assert.Contains($"shares.root: the folder {shares} cannot be created", OneErrorLine(await Node(LoopbackPort.Free(), $"shares.root={shares}")));
        Assert.False(File.Exists(JournalPath), "nothing starts: the journal is not touched");
    }

    [Fact]
    public void A_missing_data_folder_is_created()
    {
        var data = Path.Combine(_data.Path, "new", "data");

        Assert.Equal(0, Run("--simulate", "--data", data, "--", "site", "add", "CH2").Code);
        Assert.True(File.Exists(Path.Combine(data, "journal.db")));
    }
}
