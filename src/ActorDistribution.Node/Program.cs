using System.CommandLine;
using ActorDistribution.Hocon;
using ActorDistribution.Node;
using ActorDistribution.Node.Http;

// adnode [--config hocon/node.conf] [-D path=value ...]: one backend node with its HTTP API, until SIGTERM or Ctrl+C.
var configFile = new Option<string>("--config") { Description = "HOCON file over reference.conf", DefaultValueFactory = _ => "hocon/node.conf" };
var overrides = new Option<string[]>("-D") { Description = "Override a setting: -D node.http.port=5081 (repeatable)", AllowMultipleArgumentsPerToken = false };
var root = new RootCommand("ActorDistribution backend node");
root.Options.Add(configFile);
root.Options.Add(overrides);
root.SetAction(async (parsed, cancellationToken) =>
{
    Config config;
    try
    {
        config = ConfigFactory.Load(parsed.GetValue(configFile), parsed.GetValue(overrides) ?? []);
    }
    catch (HoconException problem)
    {
        Console.Error.WriteLine($"error: {problem.Message}");
        return 1;
    }
    // Every setting is checked before the actor system exists: all problems at once, one a line, and no start.
    var problems = StartupValidation.Check(config, parsed.GetValue(overrides) ?? []);
    if (problems.Count > 0)
    {
        foreach (var problem in problems) Console.Error.WriteLine($"error: {problem}");
        return 1;
    }
    DistributionNode started;
    try
    {
        started = await DistributionNode.StartAsync(config, cancellationToken, servesHttp: true);
    }
    catch (ActorDistribution.Runtime.Persistence.JournalInUseException refused)
    {
        Console.Error.WriteLine($"error: {refused.Message}");
        return 1;
    }
    await using var node = started;
    await using var api = NodeHttpApi.Build(node);
    // RunAsync stops accepting on SIGTERM/Ctrl+C and lets requests in flight finish; disposing the node then stops the actors.
    await api.RunAsync();
    return 0;
});
return await root.Parse(args).InvokeAsync();
