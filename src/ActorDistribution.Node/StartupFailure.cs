using System.Data.Common;
using System.Reflection;
using ActorDistribution.Hocon;
using ActorDistribution.Runtime.Persistence;
using Microsoft.Data.Sqlite;

namespace ActorDistribution.Node;

/// <summary>
/// Why a node (adnode, or the shell's embedded one) cannot start, as one line that names the file or folder, the setting that
/// chose it and what to do: the data folders are checked before anything opens them, and what still fails at start is described
/// by kind. Both programs print it after <c>error:</c> and exit non-zero, never with a stack trace.
/// </summary>
public static class StartupFailure
{
    /// <summary>The folders the node will write (the SQLite journal's, the embedded shares' root, the log file's), each created now.</summary>
    public static IReadOnlyList<string> FolderProblems(Config config)
    {
        var folders = new List<(string Setting, string Folder)>();
        var journal = JournalSettings.FromConfig(config);
        if (journal.Kind == JournalKind.Sqlite) folders.Add(("persistence.sqlite.path", Path.GetDirectoryName(Path.GetFullPath(journal.SqlitePath!))!));
        var settings = NodeSettings.From(config);
        if (settings.SharesHost == "embedded") folders.Add(("shares.root", Path.GetFullPath(settings.SharesRoot)));
        if (config.GetBoolean("logging.file.enabled")) folders.Add(("logging.file.path", Path.GetDirectoryName(Path.GetFullPath(config.GetString("logging.file.path")))!));
        // Folders that fail for one cause (the shell's --data under a file) make one line.
        return folders.Select(f => (f.Setting, f.Folder, Cause: Writable(f.Folder))).Where(f => f.Cause is not null)
            .GroupBy(f => f.Cause!.Value)
            .Select(cause => cause.Count() == 1
                ? $"{cause.First().Setting}: the folder {cause.First().Folder} cannot be {cause.Key.Verb}: {cause.Key.Why}"
                : $"{string.Join(", ", cause.Select(f => f.Setting))}: the folders {string.Join(", ", cause.Select(f => f.Folder))} cannot be {cause.Key.Verb}: {cause.Key.Why}")
            .ToList();
    }

    /// <summary>One line for a failure at start: the journal that cannot be read, the folder that cannot be written, or else the failure's own words.</summary>
    public static string Describe(Exception problem, Config config)
    {
        problem = Innermost(problem);
        var journal = Journal(config);
        return problem switch
        {
            JournalInUseException refused => refused.Message,
            SqliteException sqlite => $"the journal {journal} cannot be used: {sqlite.Message.TrimEnd('.')}; {SqliteAdvice(sqlite.SqliteErrorCode)}",
            DbException database => $"the journal {journal} cannot be used: {database.Message.TrimEnd('.')}; check persistence.postgresql (server, database, user)",
            UnauthorizedAccessException or IOException =>
                $"{problem.Message.TrimEnd('.')}; the node writes its journal, shares and logs there (persistence.sqlite.path, shares.root, logging.file.path): check that the folders can be created and written",
            _ => $"{problem.Message.TrimEnd('.')} ({problem.GetType().Name})",
        };
    }

    /// <summary>Null when the folder exists (or was made) and takes a file; else what cannot be done to it and why.</summary>
    private static (string Verb, string Why)? Writable(string folder)
    {
        // The nearest part of the path that exists tells why a folder cannot be made: a file in its way, or no right to write.
        for (var up = folder; !string.IsNullOrEmpty(up); up = Path.GetDirectoryName(up))
        {
            if (File.Exists(up)) return ("created", $"{up} is a file, not a folder");
            if (Directory.Exists(up)) break;
        }
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-check-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return null;
        }
        catch (Exception cannot) when (cannot is IOException or UnauthorizedAccessException)
        {
            return ("written", cannot.Message.TrimEnd('.'));
        }
    }

    private static string SqliteAdvice(int code) => code switch
    {
        // SQLITE_CORRUPT, SQLITE_NOTADB: the file is there but holds no intact database.
        11 or 26 => "it is not an intact SQLite database; move it aside (a fresh journal is then created) or choose another with persistence.sqlite.path",
        // SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH
        14 or 8 or 3 or 23 => "check that it is a file this user can read and write, in a folder it can write (persistence.sqlite.path)",
        // SQLITE_BUSY, SQLITE_LOCKED: another program holds the database.
        5 or 6 => "another program holds it; close that program or choose another journal with persistence.sqlite.path",
        _ => "check the file (persistence.sqlite.path)",
    };

    private static string Journal(Config config)
    {
        try
        {
            return NodeApp.Describe(JournalSettings.FromConfig(config));
        }
        catch (Exception)
        {
            return "(as configured)";
        }
    }

    private static Exception Innermost(Exception problem) => problem switch
    {
        AggregateException { InnerExceptions.Count: 1 } aggregate => Innermost(aggregate.InnerExceptions[0]),
        TargetInvocationException { InnerException: { } inner } => Innermost(inner),
        TypeInitializationException { InnerException: { } inner } => Innermost(inner),
        _ when problem.InnerException is (SqliteException or DbException or IOException or UnauthorizedAccessException) and var inner => Innermost(inner),
        _ => problem,
    };
}
