using System.CommandLine;
using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.Requests;

namespace ActorDistribution.Node.Commands;

/// <summary><c>cap add|list|remove</c>, <c>client add|list|log|upgrade|remove</c>, <c>inbox status|drop|scan|remedy</c>: the inbox side of SPEC section 3.</summary>
public static class InboxCommands
{
    public static IEnumerable<Command> Create(DistributionNode node, GatewayCall call, ReplyBuilder reply)
    {
        yield return Cap(node, call, reply);
        yield return Client(node, call, reply);
        yield return Inbox(node, call, reply);
    }

    private static Command Cap(DistributionNode node, GatewayCall call, ReplyBuilder reply)
    {
        var name = new Argument<string>("name") { Description = "The CAP, e.g. CAP_DAN (share CAP_DAN/CAP) or SERVER/SHARE" };
        var site = new Option<string>("--site") { Description = "Its site's code", Required = true };
        var add = new Command("add", "A client access point that receives copies of the site's inboxes");
        add.Arguments.Add(name);
        add.Options.Add(site);
        add.SetAction(async (parsed, _) =>
        {
            var accepted = await call.AskAsync<CapAccepted>(node.Inboxes, new AddCap(parsed.GetValue(name)!, parsed.GetValue(site)!), "cap add");
            if (accepted is null) return 1;
            reply.Line($"CAP {accepted.Name} of site {accepted.Site} at {accepted.Location} (inboxes {string.Join(", ", accepted.Inboxes)})");
            return 0;
        });
        var list = new Command("list", "Every CAP with its site, share and inboxes");
        list.SetAction(async (_, _) =>
        {
            var caps = await call.AskAsync<CapList>(node.Inboxes, ListCaps.Instance, "cap list");
            if (caps is null) return 1;
            if (caps.Caps.Count == 0)
            {
                reply.Line("no CAPs yet; add one with: cap add <name> --site <code>");
                return 0;
            }
            reply.Table(new ReplyTable("CAPs", ["cap", "site", "share", "inboxes", "locks present"],
                caps.Caps.Select(c => (IReadOnlyList<string>)[c.Name, c.Site, c.Location, string.Join(", ", c.Inboxes), $"{c.LocksPresent}"]).ToList()));
            return 0;
        });

        var removeName = new Argument<string>("name") { Description = "The CAP" };
        var remove = new Command("remove", "Take a CAP out of its site (refused while clients are attached or an inbox update runs); its name is not used again");
        remove.Arguments.Add(removeName);
        remove.SetAction(async (parsed, _) =>
            DespoolerCommands.Removed(reply, await call.AskAsync<RemovedView>(node.Inboxes, new RemoveCap(parsed.GetValue(removeName)!), "cap remove")));

        var cap = new Command("cap", "Client access points");
        cap.Subcommands.Add(add);
        cap.Subcommands.Add(list);
        cap.Subcommands.Add(remove);
        return cap;
    }

    private static Command Client(DistributionNode node, GatewayCall call, ReplyBuilder reply)
    {
        var name = new Argument<string>("name") { Description = "The workstation, e.g. WKS1" };
        var site = new Option<string>("--site") { Description = "Its site's code", Required = true };
        var mode = new Option<string>("--mode") { Description = "How it looks for the lock: scan (lists the inbox) or legacy-open-check (opens the lock file)" };
        mode.AcceptOnlyFromAmong("scan", "legacy-open-check");
        var firstCycleIn = new Option<string?>("--first-cycle-in") { Description = "When its first cycle starts, from now (e.g. 1230ms); spreads many clients over a poll period" };
        var add = new Command("add", "A simulated workstation agent that reads offers from a CAP of its site");
        add.Arguments.Add(name);
        add.Options.Add(site);
        add.Options.Add(mode);
        add.Options.Add(firstCycleIn);
        add.SetAction(async (parsed, _) =>
        {
            ClientMode? chosen = parsed.GetValue(mode) switch { "scan" => ClientMode.Scan, "legacy-open-check" => ClientMode.LegacyOpenCheck, _ => null };
            TimeSpan? delay = null;
            if (parsed.GetValue(firstCycleIn) is { } text)
            {
                if (!DurationText.TryParse(text, out var parsedDelay)) return reply.Fail($"client add: '{text}' is not a duration; expected {DurationText.Allowed}.");
                delay = parsedDelay;
            }
            var accepted = await call.AskAsync<ClientAccepted>(node.Inboxes, new AddClient(parsed.GetValue(name)!, parsed.GetValue(site)!, chosen, delay), "client add");
            if (accepted is null) return 1;
            reply.Line($"client {accepted.Name} of site {accepted.Site} ({(accepted.Mode == ClientMode.Scan ? "scan" : "legacy-open-check")}), first cycle at {accepted.FirstCycleAt:yyyy-MM-dd HH:mm:ss}");
            return 0;
        });

        var logName = new Argument<string>("name") { Description = "The client" };
        var log = new Command("log", "The client's own log lines");
        log.Arguments.Add(logName);
        log.SetAction(async (parsed, _) =>
        {
            var report = await call.AskAsync<ClientReport>(node.Inboxes, new GetClientLog(parsed.GetValue(logName)!), "client log");
            if (report is null) return 1;
            reply.Line($"client {report.Name} ({report.Mode}, site {report.Site}): software distribution component {report.ComponentStatus}; offers processed: {(report.ProcessedOffers.Count == 0 ? "none" : string.Join(", ", report.ProcessedOffers))}");
            foreach (var line in report.LogLines) reply.Line(line);
            return 0;
        });

        var upgradeName = new Argument<string>("name") { Description = "The client" };
        var version = new Argument<string>("version") { Description = "The component version waiting, e.g. 2.1" };
        var installer = new Argument<string>("installer") { Description = "The installer's file name in clicomp.box/swdist" };
        var upgrade = new Command("upgrade", "Give the client a software-distribution component upgrade to install from clicomp.box/swdist");
        upgrade.Arguments.Add(upgradeName);
        upgrade.Arguments.Add(version);
        upgrade.Arguments.Add(installer);
        upgrade.SetAction(async (parsed, _) =>
        {
            var report = await call.AskAsync<ClientReport>(node.Inboxes,
                new AssignClientUpgrade(parsed.GetValue(upgradeName)!, parsed.GetValue(version)!, parsed.GetValue(installer)!), "client upgrade");
            if (report is null) return 1;
            reply.Line($"client {report.Name}: software distribution component {report.ComponentStatus}");
            return 0;
        });

        var list = new Command("list", "Every simulated workstation with its site, mode and component status");
        list.SetAction(async (_, _) =>
        {
            var clients = await call.AskAsync<ClientList>(node.Inboxes, ListClients.Instance, "client list");
            if (clients is null) return 1;
            if (clients.Clients.Count == 0)
            {
                reply.Line("no clients yet; add one with: client add <name> --site <code>");
                return 0;
            }
            reply.Table(new ReplyTable("Clients", ["client", "site", "mode", "component", "offers processed"],
                clients.Clients.Select(c => (IReadOnlyList<string>)[c.Name, c.Site, c.Mode, c.ComponentStatus,
                    c.ProcessedOffers.Count == 0 ? "none" : string.Join(", ", c.ProcessedOffers)]).ToList()));
            return 0;
        });

        var removeClient = new Argument<string>("name") { Description = "The client" };
        var remove = new Command("remove", "Take a client out (refused while it holds a lock file open); it runs no more cycles, its name is not used again");
        remove.Arguments.Add(removeClient);
        remove.SetAction(async (parsed, _) =>
            DespoolerCommands.Removed(reply, await call.AskAsync<RemovedView>(node.Inboxes, new RemoveClient(parsed.GetValue(removeClient)!), "client remove")));

        var client = new Command("client", "Simulated workstation agents");
        client.Subcommands.Add(add);
        client.Subcommands.Add(list);
        client.Subcommands.Add(log);
        client.Subcommands.Add(upgrade);
        client.Subcommands.Add(remove);
        return client;
    }

    private static Command Inbox(DistributionNode node, GatewayCall call, ReplyBuilder reply)
    {
        var cap = new Option<string?>("--cap") { Description = "Only this CAP" };
        var status = new Command("status", "Lock files on the CAP inboxes, their age, delete attempts and alarms");
        status.Options.Add(cap);
        status.SetAction(async (parsed, _) =>
        {
            var rows = await call.AskAsync<InboxStatusRows>(node.Inboxes, new GetInboxStatus(parsed.GetValue(cap)), "inbox status");
            if (rows is null) return 1;
            reply.Table(new ReplyTable("CAP inboxes", ["cap", "site", "inbox", "lock", "since", "age", "delete attempts", "phase", "version", "alarms"],
                rows.Rows.Select(r => (IReadOnlyList<string>)[
                    r.Cap, r.Site, r.Inbox, r.LockPresent ? "present" : "-", r.LockSince is { } since ? $"{since:yyyy-MM-dd HH:mm:ss}" : "-",
                    r.LockAge is { } age ? DurationText.Format(age) : "-", $"{r.DeleteAttempts} of {r.DeleteAttemptLimit}", r.Phase,
                    r.ReplicatedVersion ?? "-", r.Alarms.Count == 0 ? "-" : string.Join("; ", r.Alarms)]).ToList()));
            return 0;
        });

        var site = new Argument<string>("site") { Description = "The site's code" };
        var inbox = new Argument<string>("inbox") { Description = "The site-server inbox, e.g. offerinf.box or clicomp.box/swdist" };
        var file = new Argument<string>("file") { Description = "A local file to put into it" };
        var drop = new Command("drop", "Put a file into a site-server inbox (the inbox manager replicates it to the CAPs)");
        drop.Arguments.Add(site);
        drop.Arguments.Add(inbox);
        drop.Arguments.Add(file);
        drop.SetAction(async (parsed, cancellationToken) =>
        {
            var path = parsed.GetValue(file)!;
            byte[] content;
            try { content = await File.ReadAllBytesAsync(path, cancellationToken); }
            catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
            {
                return reply.Fail($"inbox drop: cannot read {path}: {problem.Message}");
            }
            var dropped = await call.AskAsync<DroppedIntoSiteInbox>(node.Inboxes,
                new DropIntoSiteInbox(parsed.GetValue(site)!, parsed.GetValue(inbox)!, Path.GetFileName(path), content), "inbox drop");
            if (dropped is null) return 1;
            reply.Line($"{dropped.Bytes} bytes into {dropped.Share}/{dropped.Path}");
            return 0;
        });

        var scanSite = new Option<string>("--site") { Description = "The site's code", Required = true };
        var scan = new Command("scan", "Make the site's inbox manager look for changed inboxes now");
        scan.Options.Add(scanSite);
        scan.SetAction(async (parsed, _) =>
        {
            var report = await call.AskAsync<InboxManagerReport>(node.Inboxes, new ScanSiteInboxes(parsed.GetValue(scanSite)!), "inbox scan");
            if (report is null) return 1;
            reply.Line($"inbox manager of {report.Site}: {report.Status}; writing {(report.Writing.Count == 0 ? "nothing" : string.Join(", ", report.Writing))}");
            return 0;
        });

        var remedySite = new Option<string>("--site") { Description = "The site's code", Required = true };
        var remedy = new Command("remedy", "The stuck-lock supervisor of a site: its step, round, locks and alarm");
        remedy.Options.Add(remedySite);
        remedy.SetAction(async (parsed, _) =>
        {
            var report = await call.AskAsync<RemedyReport>(node.Inboxes, new GetRemedyStatus(parsed.GetValue(remedySite)!), "inbox remedy");
            if (report is null) return 1;
            reply.Line($"stuck-lock supervisor of {report.Site}: {report.Step}, round {report.Round}" +
                       (report.NextStepAt is { } next ? $", next step at {next:yyyy-MM-dd HH:mm:ss}" : "") +
                       (report.Alarm is { } alarm ? $"; ALARM: {alarm}" : ""));
            foreach (var stuck in report.Locks) reply.Line($"  stuck lock: {stuck}");
            return 0;
        });

        var command = new Command("inbox", "CAP inboxes and their lock files");
        command.Subcommands.Add(status);
        command.Subcommands.Add(drop);
        command.Subcommands.Add(scan);
        command.Subcommands.Add(remedy);
        return command;
    }
}
