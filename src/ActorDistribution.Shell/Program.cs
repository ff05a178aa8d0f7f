using ActorDistribution.Shell;

var interactive = !Console.IsInputRedirected && !Console.IsOutputRedirected;
return await ShellApp.RunAsync(args, Console.In, Console.Out, Console.Error, interactive);
