namespace ActorDistribution.Hocon.Tests;

public enum Response
{
    VeryFast,
    Fast,
}
