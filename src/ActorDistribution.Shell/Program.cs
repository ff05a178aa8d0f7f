using ActorDistribution.Shell;

return ShellApp.Run(args, Console.Out, Console.Error);
