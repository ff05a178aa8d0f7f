using ActorDistribution.Node;

// adnode [--config hocon/node.conf] [-D path=value ...]: one backend node with its HTTP API, until SIGTERM or Ctrl+C.
return await NodeApp.RunAsync(args, Console.Out, Console.Error);
