using System.CommandLine;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Sites;

namespace ActorDistribution.Node.Commands;

/// <summary><c>site</c>, <c>server</c>, <c>package</c>, <c>job</c> and <c>status</c>: the despooler side of SPEC section 2.</summary>
public static class DespoolerCommands
{
    public static IEnumerable<Command> Create(DistributionNode node, GatewayCall call, ReplyBuilder reply)
    {
        yield return Site(node, call, reply);
        yield return Server(node, call, reply);
        yield return Package(node, call, reply);
        yield return Job(node, call, reply);
        yield return Status(node, call, reply);
    }

    private static Command Site(DistributionNode node, GatewayCall call, ReplyBuilder reply)
    {
        var code = new Argument<string>("code") { Description = "The site code, e.g. CH2" };
        var response = new Option<string?>("--response") { Description = "very-fast | fast | medium | slow (default from reference.conf)" };
        var add = new Command("add", "A site, with its despooler started on the default settings");
        add.Arguments.Add(code);
        add.Options.Add(response);
        add.SetAction(async (parsed, _) => Show(reply, await call.AskAsync<SiteView>(node.Despooler, new AddSite(parsed.GetValue(code)!, parsed.GetValue(response)), "site add")));

        var setCode = new Argument<string>("code") { Description = "The site code" };
        var assignments = new Argument<string[]>("settings")
        {
            Description = $"key=value ... with keys {string.Join(", ", SiteSettingValues.Keys)}",
            Arity = ArgumentArity.OneOrMore,
        };
        var set = new Command("set", "Change site settings (the despooler uses them after it is paused and continued)");
        set.Arguments.Add(setCode);
        set.Arguments.Add(assignments);
        set.SetAction(async (parsed, _) => Show(reply, await call.AskAsync<SiteView>(node.Despooler,
            new SetSiteSettings(parsed.GetValue(setCode)!, parsed.GetValue(assignments)!), "site set")));

        var showCode = new Argument<string>("code") { Description = "The site code" };
        var show = new Command("show", "The configured settings and the settings in effect (loaded by the despooler)");
        show.Arguments.Add(showCode);
        show.SetAction(async (parsed, _) => Show(reply, await call.AskAsync<SiteView>(node.Despooler, new ShowSite(parsed.GetValue(showCode)!), "site show")));

        var list = new Command("list", "Every site with its settings, despooler and servers");
        list.SetAction(async (_, _) =>
        {
            var sites = await call.AskAsync<SiteList>(node.Despooler, ListSites.Instance, "site list");
            var servers = sites is null ? null : await call.AskAsync<ServerList>(node.Despooler, ListServers.Instance, "site list");
            if (sites is null || servers is null) return 1;
            if (sites.Sites.Count == 0)
            {
                reply.Line("no sites yet; add one with: site add <code>");
                return 0;
            }
            reply.Table(new ReplyTable("Sites", ["site", "response", "forced disconnect", "retries", "delay", "despooler", "servers"],
                sites.Sites.Select(v => (IReadOnlyList<string>)[
                    v.Code, Setting(v, SiteSettingValues.ResponseKey), Setting(v, SiteSettingValues.UseForcedDisconnectKey), Setting(v, SiteSettingValues.RetriesBeforeForcedDisconnectionKey),
                    Setting(v, SiteSettingValues.ForcedDisconnectionDelayKey), v.Despooler,
                    string.Join(", ", servers.Servers.Where(s => s.Site == v.Code).Select(s => s.Name)) is { Length: > 0 } names ? names : "-"]).ToList()));
            return 0;
        });

        var removeCode = new Argument<string>("code") { Description = "The site code" };
        var remove = new Command("remove", "Take a site out (refused while it has servers, CAPs, clients or unfinished jobs); its code is not used again");
        remove.Arguments.Add(removeCode);
        // The inbox side checks its CAPs and clients of the site, then passes the removal to the despooler side.
        remove.SetAction(async (parsed, _) =>
            Removed(reply, await call.AskAsync<RemovedView>(node.Inboxes, new RemoveSite(parsed.GetValue(removeCode)!), "site remove")));

        var site = new Command("site", "Sites and their settings");
        site.Subcommands.Add(add);
        site.Subcommands.Add(set);
        site.Subcommands.Add(show);
        site.Subcommands.Add(list);
        site.Subcommands.Add(remove);
        return site;
    }

    internal static int Removed(ReplyBuilder reply, RemovedView? removed)
    {
        if (removed is null) return 1;
        reply.Line($"{removed.Kind} {removed.Name} removed");
        return 0;
    }

    /// <summary>One configured setting of a site by its key (as <c>site set</c> names it).</summary>
    private static string Setting(SiteView view, string key) =>
        SiteAssignments.Of(view.Configured).Select(a => a.Split('=', 2)).FirstOrDefault(kv => kv[0] == key) is { } found ? found[1] : "-";

    private static int Show(ReplyBuilder reply, SiteView? view)
    {
        if (view is null) return 1;
        var configured = SiteAssignments.Of(view.Configured);
        var inEffect = view.InEffect is { } loaded ? SiteAssignments.Of(loaded) : null;
        reply.Table(new ReplyTable($"Site {view.Code} (despooler {view.Despooler})", ["setting", "configured", "in effect"],
            configured.Select((assignment, i) => (IReadOnlyList<string>)[
                assignment.Split('=')[0], assignment.Split('=')[1], inEffect is null ? "(not loaded)" : inEffect[i].Split('=')[1]]).ToList()));
        return 0;
    }

    private static Command Server(DistributionNode node, GatewayCall call, ReplyBuilder reply)
    {
        var name = new Argument<string>("name") { Description = "The distribution server, e.g. NTSRV1" };
        var site = new Option<string>("--site") { Description = "Its site's code", Required = true };
        var add = new Command("add", "A distribution server that holds package directories");
        add.Arguments.Add(name);
        add.Options.Add(site);
        add.SetAction(async (parsed, _) =>
        {
            var view = await call.AskAsync<ServerView>(node.Despooler, new AddServer(parsed.GetValue(name)!, parsed.GetValue(site)!), "server add");
            if (view is null) return 1;
            reply.Line($"server {view.Name} of site {view.Site}");
            return 0;
        });
        var list = new Command("list", "Every distribution server with its site");
        list.SetAction(async (_, _) =>
        {
            var servers = await call.AskAsync<ServerList>(node.Despooler, ListServers.Instance, "server list");
            if (servers is null) return 1;
            if (servers.Servers.Count == 0)
            {
                reply.Line("no distribution servers yet; add one with: server add <name> --site <code>");
                return 0;
            }
            reply.Table(new ReplyTable("Distribution servers", ["server", "site"],
                servers.Servers.Select(s => (IReadOnlyList<string>)[s.Name, s.Site]).ToList()));
            return 0;
        });

        var removeName = new Argument<string>("name") { Description = "The distribution server" };
        var remove = new Command("remove", "Take a server out (refused while it holds package directories or unfinished jobs target it); its name is not used again");
        remove.Arguments.Add(removeName);
        remove.SetAction(async (parsed, _) =>
            Removed(reply, await call.AskAsync<RemovedView>(node.Despooler, new RemoveServer(parsed.GetValue(removeName)!), "server remove")));

        var server = new Command("server", "Distribution servers");
        server.Subcommands.Add(add);
        server.Subcommands.Add(list);
        server.Subcommands.Add(remove);
        return server;
    }

    private static Command Package(DistributionNode node, GatewayCall call, ReplyBuilder reply)
    {
        var package = new Command("package", "Packages: versioned trees of files");
        foreach (var (verb, description) in new[] { ("add", "A new package from a directory tree (version 1)"), ("update", "A new version of a package from a directory tree") })
        {
            var id = new Argument<string>("id") { Description = "The package, e.g. OFFICE97" };
            var source = new Option<string>("--source") { Description = "The directory tree of the files", Required = true };
            var command = new Command(verb, description);
            command.Arguments.Add(id);
            command.Options.Add(source);
            command.SetAction(async (parsed, _) =>
            {
                // Paths are the node's: relative ones are taken from where it runs.
                var directory = Path.GetFullPath(parsed.GetValue(source)!);
                object request = verb == "add" ? new AddPackage(parsed.GetValue(id)!, directory) : new UpdatePackage(parsed.GetValue(id)!, directory);
                var view = await call.AskAsync<PackageVersionView>(node.Despooler, request, $"package {verb}");
                if (view is null) return 1;
                reply.Line($"package {view.Package} version {view.Version}: {view.Files.Count} file(s), {view.Files.Sum(f => f.Size)} bytes from {view.Source}");
                return 0;
            });
            package.Subcommands.Add(command);
        }

        var list = new Command("list", "Every package at its current version");
        list.SetAction(async (_, _) =>
        {
            var packages = await call.AskAsync<PackageList>(node.Despooler, ListPackages.Instance, "package list");
            if (packages is null) return 1;
            if (packages.Packages.Count == 0)
            {
                reply.Line("no packages yet; add one with: package add <id> --source <dir>");
                return 0;
            }
            reply.Table(new ReplyTable("Packages", ["package", "version", "files", "bytes", "source"],
                packages.Packages.Select(p => (IReadOnlyList<string>)[p.Package, p.Version, $"{p.Files.Count}", $"{p.Files.Sum(f => f.Size)}", p.Source]).ToList()));
            return 0;
        });

        var showId = new Argument<string>("id") { Description = "The package" };
        var show = new Command("show", "A package's versions and the files of its current version");
        show.Arguments.Add(showId);
        show.SetAction(async (parsed, _) =>
        {
            var view = await call.AskAsync<PackageView>(node.Despooler, new ShowPackage(parsed.GetValue(showId)!), "package show");
            if (view is null) return 1;
            var current = view.Versions[^1];
            reply.Line($"package {view.Package}: current version {current.Version} of {view.Versions.Count}");
            reply.Table(new ReplyTable($"Package {view.Package} versions", ["version", "files", "bytes", "source"],
                view.Versions.Select(v => (IReadOnlyList<string>)[v.Version, $"{v.Files.Count}", $"{v.Files.Sum(f => f.Size)}", v.Source]).ToList()));
            reply.Table(new ReplyTable($"Package {view.Package} version {current.Version} files", ["file", "bytes", "sha-256"],
                current.Files.Select(f => (IReadOnlyList<string>)[f.Path, $"{f.Size}", f.Sha256]).ToList()));
            return 0;
        });

        var removeId = new Argument<string>("id") { Description = "The package" };
        var remove = new Command("remove", "Take a package out (refused while it is on a server or a job of it has not finished); its id is not used again");
        remove.Arguments.Add(removeId);
        remove.SetAction(async (parsed, _) =>
            Removed(reply, await call.AskAsync<RemovedView>(node.Despooler, new RemovePackage(parsed.GetValue(removeId)!), "package remove")));

        package.Subcommands.Add(list);
        package.Subcommands.Add(show);
        package.Subcommands.Add(remove);
        return package;
    }

    private static Command Job(DistributionNode node, GatewayCall call, ReplyBuilder reply)
    {
        var type = new Argument<string>("type") { Description = "share-package-on-server | run-command-on-workstation | remove-package-from-server | system" };
        var package = new Option<string>("--package") { Description = "The package", Required = true };
        var targets = new Option<string>("--target") { Description = "Target site(s), comma-separated", Required = true };
        var servers = new Option<string?>("--servers") { Description = "Only these servers of the target sites, comma-separated" };
        var sourceSite = new Option<string?>("--source-site") { Description = "The site the job comes from" };
        var command = new Option<string?>("--command") { Description = "run-command-on-workstation only (and required there): the command line its offer carries to the workstations" };
        var create = new Command("create", "Order a distribution to the target sites' servers");
        create.Arguments.Add(type);
        create.Options.Add(package);
        create.Options.Add(targets);
        create.Options.Add(servers);
        create.Options.Add(sourceSite);
        create.Options.Add(command);
        create.SetAction(async (parsed, _) => ShowJob(reply, await call.AskAsync<JobView>(node.Despooler, new CreateJob(
            parsed.GetValue(type)!, parsed.GetValue(package)!, Split(parsed.GetValue(targets)),
            parsed.GetValue(servers) is { } only ? Split(only) : null, parsed.GetValue(sourceSite), parsed.GetValue(command)), "job create")));

        var id = new Argument<string>("id") { Description = "The job number" };
        var show = new Command("show", "A job and the status of each target server");
        show.Arguments.Add(id);
        show.SetAction(async (parsed, _) => ShowJob(reply, await call.AskAsync<JobView>(node.Despooler, new ShowJob(parsed.GetValue(id)!), "job show")));

        var list = new Command("list", "Every job with its overall status");
        list.SetAction(async (_, _) =>
        {
            var jobs = await call.AskAsync<JobList>(node.Despooler, ListJobs.Instance, "job list");
            if (jobs is null) return 1;
            reply.Table(new ReplyTable("Jobs", ["job", "type", "package", "version", "targets", "status"],
                jobs.Jobs.Select(j => (IReadOnlyList<string>)[j.Id, j.Type, j.Package, j.Version ?? "-",
                    string.Join(", ", j.Targets.Select(t => t.Site).Distinct()), j.Status]).ToList()));
            return 0;
        });

        var cancelId = new Argument<string>("id") { Description = "The job number" };
        var cancel = new Command("cancel", "Stop a job that has not finished: targets not yet started are not dispatched to (deliveries under way run on)");
        cancel.Arguments.Add(cancelId);
        cancel.SetAction(async (parsed, _) => ShowJob(reply, await call.AskAsync<JobView>(node.Despooler, new CancelJob(parsed.GetValue(cancelId)!), "job cancel")));

        var retryId = new Argument<string>("id") { Description = "The job number" };
        var retry = new Command("retry", "A finished job with failed targets: a new job of the same order for just those servers");
        retry.Arguments.Add(retryId);
        retry.SetAction(async (parsed, _) =>
        {
            var view = await call.AskAsync<JobView>(node.Despooler, new RetryJob(parsed.GetValue(retryId)!), "job retry");
            if (view is null) return 1;
            reply.Line($"job {parsed.GetValue(retryId)!.Trim()} retried as job {view.Id}");
            return ShowJob(reply, view);
        });

        var job = new Command("job", "Distribution jobs");
        job.Subcommands.Add(create);
        job.Subcommands.Add(show);
        job.Subcommands.Add(list);
        job.Subcommands.Add(cancel);
        job.Subcommands.Add(retry);
        return job;
    }

    private static int ShowJob(ReplyBuilder reply, JobView? view)
    {
        if (view is null) return 1;
        reply.Line($"job {view.Id}: {view.Type} of {view.Package}{(view.Version is null ? "" : $" version {view.Version}")}" +
                   $"{(view.SourceSite is null ? "" : $" from {view.SourceSite}")}: {view.Status}");
        reply.Table(new ReplyTable($"Job {view.Id} targets", ["site", "server", "status"],
            view.Targets.Select(t => (IReadOnlyList<string>)[t.Site, t.Server, t.Status]).ToList()));
        if (view.Command is not null) reply.Line($"command line: {view.Command}");
        foreach (var inbox in view.OfferInboxes) reply.Line($"offer dropped into {inbox}");
        return 0;
    }

    private static Command Status(DistributionNode node, GatewayCall call, ReplyBuilder reply)
    {
        var package = new Argument<string>("package") { Description = "The package" };
        var status = new Command("status", "The install status of a package on every server");
        status.Arguments.Add(package);
        status.SetAction(async (parsed, _) =>
        {
            var view = await call.AskAsync<PackageStatusView>(node.Despooler, new PackageStatus(parsed.GetValue(package)!), "status");
            if (view is null) return 1;
            reply.Table(new ReplyTable($"Package {view.Package}", ["server", "site", "status"],
                view.Servers.Select(s => (IReadOnlyList<string>)[s.Server, s.Site, s.Status]).ToList()));
            return 0;
        });
        return status;
    }

    private static IReadOnlyList<string> Split(string? list)
        => (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
