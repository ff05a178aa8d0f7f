using System.CommandLine;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Sites;

namespace ActorDistribution.Node.Commands;

/// <summary><c>component start|stop|pause|continue despooler|inbox-manager --site CODE</c>: a site server's services.</summary>
public static class ComponentCommands
{
    private static readonly string[] Actions = ["start", "stop", "pause", "continue"];

    public static Command Create(DistributionNode node, GatewayCall call, ReplyBuilder reply)
    {
        var component = new Command("component", "Start, stop, pause or continue a site's despooler or inbox manager");
        foreach (var action in Actions)
        {
            var which = new Argument<string>("component") { Description = "despooler | inbox-manager" };
            which.AcceptOnlyFromAmong("despooler", "inbox-manager");
            var site = new Option<string>("--site") { Description = "The site's code", Required = true };
            var command = new Command(action, $"{char.ToUpperInvariant(action[0])}{action[1..]} a component of a site");
            command.Arguments.Add(which);
            command.Options.Add(site);
            command.SetAction(async (parsed, _) => parsed.GetValue(which) == "inbox-manager"
                ? await InboxManager(node, call, reply, action, parsed.GetValue(site)!)
                : await Despooler(node, call, reply, action, parsed.GetValue(site)!));
            component.Subcommands.Add(command);
        }
        return component;
    }

    private static async Task<int> InboxManager(DistributionNode node, GatewayCall call, ReplyBuilder reply, string action, string site)
    {
        object? request = action switch
        {
            "start" => new StartSiteInboxManager(site),
            "stop" => new StopSiteInboxManager(site),
            _ => null,
        };
        if (request is null) return reply.Fail($"component {action}: the inbox manager can be started or stopped, not {action}d.");
        var report = await call.AskAsync<InboxManagerReport>(node.Inboxes, request, $"component {action}");
        if (report is null) return 1;
        reply.Line($"inbox manager of {report.Site}: {report.Status}" +
                   (report.NextScanAt is { } next ? $", next scan at {next:yyyy-MM-dd HH:mm:ss}" : "") +
                   $"; {report.DeleteAttempts} delete attempts {DurationText.Format(report.DeleteRetrySpacing)} apart");
        return 0;
    }

    private static async Task<int> Despooler(DistributionNode node, GatewayCall call, ReplyBuilder reply, string action, string site)
    {
        var view = await call.AskAsync<ComponentView>(node.Despooler, new ControlComponent("despooler", action, site), $"component {action}");
        if (view is null) return 1;
        reply.Line($"despooler of {view.Site}: {view.Status}" + (view.Waiting > 0 ? $", {view.Waiting} deliveries waiting" : "") +
                   (view.InEffect is { } settings ? $"; in effect: {string.Join(" ", SiteAssignments.Of(settings))}" : ""));
        return 0;
    }
}
