namespace ActorDistribution.Hocon;

public enum ScalarKind
{
    String,
    Number,
    Boolean,
    Null,
}
