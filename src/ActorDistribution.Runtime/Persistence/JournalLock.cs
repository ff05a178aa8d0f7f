using System.Diagnostics;

namespace ActorDistribution.Runtime.Persistence;

/// <summary>A second process refused an embedded journal another live process holds; the message is one line naming the holder and what to do instead.</summary>
public sealed class JournalInUseException(string message) : IOException(message);

/// <summary>
/// One process owns an embedded (SQLite) journal: <c>journal.db.lock</c> beside it holds the owner's pid, process name and,
/// when it serves HTTP, its URL. Taken before the actor system starts (created exclusively), released on dispose; a lock whose
/// pid is no longer running is stale and taken over.
/// </summary>
public sealed class JournalLock : IDisposable
{
    private readonly string _path;
    private int _released;

    private JournalLock(string path) => _path = path;

    public static string PathOf(string journalPath) => Path.GetFullPath(journalPath) + ".lock";

    /// <param name="serves">The URL this process serves its HTTP API on, so a refused second process can say where to connect.</param>
    /// <exception cref="JournalInUseException">a live process holds the journal.</exception>
    public static JournalLock Acquire(string journalPath, string? serves = null)
    {
        var path = PathOf(journalPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var me = $"{Environment.ProcessId}\n{ProcessName()}\n{serves ?? ""}\n";
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                using var created = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                using var writer = new StreamWriter(created);
                writer.Write(me);
                return new JournalLock(path);
            }
            catch (IOException) when (File.Exists(path))
            {
                var holder = Holder.Read(path);
                if (holder is { Alive: true }) throw new JournalInUseException(holder.Refusal(journalPath, refusedIsNode: serves is not null));
                // Stale (its process is gone) or unreadable: take it over.
                try { File.Delete(path); } catch (IOException) { }
            }
        }
        throw new JournalInUseException($"{journalPath} is locked by {path}, which could not be taken over; remove it if no process uses the journal");
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 1) return;
        try
        {
            if (Holder.Read(_path) is { Pid: var pid } && pid == Environment.ProcessId) File.Delete(_path);
        }
        catch (IOException) { }
    }

    private static string ProcessName()
    {
        var path = Environment.ProcessPath;
        var name = path is null ? "" : Path.GetFileNameWithoutExtension(path);
        // Under `dotnet run` or the test host the process is dotnet: the entry assembly says which program it is.
        return name is "" or "dotnet" ? System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name ?? "dotnet" : name;
    }

    private sealed record Holder(int Pid, string Name, string? Url)
    {
        public bool Alive
        {
            get
            {
                try
                {
                    using var process = Process.GetProcessById(Pid);
                    return !process.HasExited;
                }
                catch (Exception gone) when (gone is ArgumentException or InvalidOperationException)
                {
                    return false;
                }
            }
        }

        /// <summary>
        /// Why a second process may not start on the journal, with advice in the refused program's own options: a shell has
        /// <c>--connect</c> and <c>--data</c>, a node (<paramref name="refusedIsNode"/>) has neither, only <c>-D</c> settings.
        /// </summary>
        public string Refusal(string journal, bool refusedIsNode = false) => (Url is { Length: > 0 }, refusedIsNode) switch
        {
            (true, false) => $"{journal} is in use by {Name} (pid {Pid}) serving {Url}; drive it instead with --connect {Url}",
            (false, false) => $"{journal} is in use by {Name} (pid {Pid}); stop it first, or give this one its own journal (--data <dir>); a node serving HTTP can be driven with --connect <url>",
            (true, true) => $"{journal} is in use by {Name} (pid {Pid}) serving {Url}; drive that one with the shell (adshell --connect {Url}), or start this node on its own journal (-D persistence.sqlite.path=<file>)",
            (false, true) => $"{journal} is in use by {Name} (pid {Pid}); stop it first, or start this node on its own journal (-D persistence.sqlite.path=<file>)",
        };

        public static Holder? Read(string path)
        {
            try
            {
                var lines = File.ReadAllLines(path);
                return lines.Length >= 2 && int.TryParse(lines[0], out var pid) ? new Holder(pid, lines[1], lines.Length > 2 ? lines[2] : null) : null;
            }
            catch (IOException)
            {
                return null;
            }
        }
    }
}
