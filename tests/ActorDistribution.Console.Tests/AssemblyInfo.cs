// One node and one chromium at a time: the machine is small, and each node makes its own configuration Serilog's global logger.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
