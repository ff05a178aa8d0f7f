using System.CommandLine;
using ActorDistribution.Shares;

namespace ActorDistribution.Node.Commands;

/// <summary>
/// <c>share sessions|open|close|close-all|messages</c>: users and their open files on the share host, so
/// a despooler copy or an inbox lock delete meets real contention.
/// </summary>
public static class ShareCommands
{
    public static Command Create(IShareHost shares, ReplyBuilder reply)
    {
        var share = new Command("share", "Sessions, open files and messages of the share host");
        share.Subcommands.Add(Sessions(shares, reply));
        share.Subcommands.Add(Open(shares, reply));
        share.Subcommands.Add(Close(shares, reply));
        share.Subcommands.Add(CloseAll(shares, reply));
        share.Subcommands.Add(Messages(shares, reply));
        return share;
    }

    private static Command Sessions(IShareHost shares, ReplyBuilder reply)
    {
        var where = new Argument<string>("server-or-share") { Description = "<server> or <server>/<share>" };
        var command = new Command("sessions", "Sessions and the files each holds open");
        command.Arguments.Add(where);
        command.SetAction(parsed =>
        {
            var text = parsed.GetValue(where)!;
            IReadOnlyList<ShareAddress> targets = text.Contains('/')
                ? ShareLocation.TryParse(text, pathRequired: false, out var location, out var problem) ? [location.Share] : []
                : shares.ListShares(text);
            if (targets.Count == 0) return reply.Fail($"share sessions: no share at '{text}'.");
            var rows = new List<IReadOnlyList<string>>();
            foreach (var target in targets)
            {
                var listing = shares.ListSessions(target);
                if (!listing.TryGetValue(out var sessions)) return reply.Fail($"share sessions: {listing.Failure!.Message}");
                foreach (var s in sessions)
                    rows.Add([target.ToString(), s.Session.User, s.Session.Id.ToString(), $"{s.Session.Since:yyyy-MM-dd HH:mm:ss}",
                        s.OpenFiles.Count == 0 ? "-" : string.Join(", ", s.OpenFiles.Select(f => f.Path))]);
            }
            reply.Table(new ReplyTable($"Sessions on {text}", ["share", "user", "session", "since", "open files"], rows));
            return 0;
        });
        return command;
    }

    private static Command Open(IShareHost shares, ReplyBuilder reply)
    {
        var file = new Argument<string>("file") { Description = "<server>/<share>/<path>" };
        var user = new Option<string>("--user") { Description = "The user who opens and holds the file", Required = true };
        var command = new Command("open", "A user opens a file and holds it open");
        command.Arguments.Add(file);
        command.Options.Add(user);
        command.SetAction(parsed =>
        {
            if (!ShareLocation.TryParse(parsed.GetValue(file)!, pathRequired: true, out var location, out var problem)) return reply.Fail($"share open: {problem}");
            var name = parsed.GetValue(user)!;
            // The user's session on the share, started only if the open succeeds: a failed open leaves none behind.
            var handle = shares.OpenFileAs(name, location.Share, location.Path);
            if (!handle.TryGetValue(out var open)) return reply.Fail($"share open: {handle.Failure!.Message}");
            reply.Line($"{name} holds {location} open (handle {open.Id})");
            return 0;
        });
        return command;
    }

    private static Command Close(IShareHost shares, ReplyBuilder reply)
    {
        var file = new Argument<string>("file") { Description = "<server>/<share>/<path>" };
        var user = new Option<string>("--user") { Description = "The user who closes the file", Required = true };
        var command = new Command("close", "A user closes a file they hold open");
        command.Arguments.Add(file);
        command.Options.Add(user);
        command.SetAction(parsed =>
        {
            if (!ShareLocation.TryParse(parsed.GetValue(file)!, pathRequired: true, out var location, out var problem)) return reply.Fail($"share close: {problem}");
            var name = parsed.GetValue(user)!;
            var open = shares.FindOpenFiles(location.Share, "");
            if (!open.TryGetValue(out var handles)) return reply.Fail($"share close: {open.Failure!.Message}");
            var held = handles.FirstOrDefault(h => string.Equals(h.User, name, StringComparison.OrdinalIgnoreCase)
                                                   && string.Equals(h.Path, SharePath(location.Path), StringComparison.OrdinalIgnoreCase));
            if (held is null) return reply.Fail($"share close: {name} does not hold {location} open.");
            shares.CloseHandle(held.Id);
            reply.Line($"{name} closed {location}");
            return 0;
        });
        return command;
    }

    private static Command CloseAll(IShareHost shares, ReplyBuilder reply)
    {
        var where = new Argument<string>("folder") { Description = "<server-or-cap>/<share>[/<folder>]" };
        var command = new Command("close-all", "Force-close every open file under a folder, ending those sessions (each user is told)");
        command.Arguments.Add(where);
        command.SetAction(parsed =>
        {
            if (!ShareLocation.TryParse(parsed.GetValue(where)!, pathRequired: false, out var location, out var problem)) return reply.Fail($"share close-all: {problem}");
            var report = shares.ForceClose(location.Share, location.Path, $"An administrator closed the files you had open under {location}.");
            if (!report.TryGetValue(out var closed)) return reply.Fail($"share close-all: {report.Failure!.Message}");
            reply.Line(closed.ClosedHandles.Count == 0
                ? $"nothing was open under {location}"
                : $"closed {closed.ClosedHandles.Count} file(s) of {string.Join(", ", closed.AffectedUsers)} under {location}");
            return 0;
        });
        return command;
    }

    private static Command Messages(IShareHost shares, ReplyBuilder reply)
    {
        var user = new Option<string>("--user") { Description = "Whose messages", Required = true };
        var command = new Command("messages", "Messages delivered to a user (disconnection warnings, ready notices)");
        command.Options.Add(user);
        command.SetAction(parsed =>
        {
            var name = parsed.GetValue(user)!;
            var messages = shares.Messages(name);
            reply.Table(new ReplyTable($"Messages to {name}", ["at", "from", "text"],
                messages.Select(m => (IReadOnlyList<string>)[$"{m.At:yyyy-MM-dd HH:mm:ss}", m.From, m.Text]).ToList()));
            return 0;
        });
        return command;
    }

    /// <summary>The user's session on the share, connecting when there is none yet.</summary>
    private static string SharePath(string path) => path.Replace('\\', '/').Trim('/');
}
