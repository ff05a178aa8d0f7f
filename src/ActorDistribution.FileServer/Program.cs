using System.CommandLine;
using ActorDistribution.FileServer;
using ActorDistribution.Hocon;

// adfileserver [--config file.conf] [-D path=value ...]: the file servers under fileserver.root, until SIGTERM or Ctrl+C.
var configFile = new Option<string?>("--config") { Description = "HOCON file over reference.conf (optional)" };
var overrides = new Option<string[]>("-D") { Description = "Override a setting: -D fileserver.http.port=5090 (repeatable)", AllowMultipleArgumentsPerToken = false };
var root = new RootCommand("ActorDistribution file servers (distribution servers and CAPs) over HTTP");
root.Options.Add(configFile);
root.Options.Add(overrides);
root.SetAction(async (parsed, cancellationToken) =>
{
    FileServerSettings settings;
    try
    {
        settings = FileServerSettings.From(ConfigFactory.Load(parsed.GetValue(configFile), parsed.GetValue(overrides) ?? []));
    }
    catch (HoconException problem)
    {
        Console.Error.WriteLine(problem.Message);
        return 1;
    }
    await using var app = FileServerApp.Build(settings);
    await app.Web.RunAsync();
    return 0;
});
return await root.Parse(args).InvokeAsync();
