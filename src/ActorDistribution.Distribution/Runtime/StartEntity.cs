namespace ActorDistribution.Distribution.Runtime;

/// <summary>
/// Starts an entity without asking anything of it (as cluster sharding's StartEntity): it recovers from its
/// journal and resumes the step it owes. Sent to remembered entities when a node starts.
/// </summary>
public sealed class StartEntity
{
    public static readonly StartEntity Instance = new();

    private StartEntity()
    {
    }
}
