namespace ActorDistribution.Runtime;
