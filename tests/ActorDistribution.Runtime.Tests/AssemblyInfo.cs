namespace ActorDistribution.Runtime.Tests;
