namespace ActorDistribution.Persistence.Actor;

/// <summary>Delivered to the recovery handlers once replay has ended, also when there was nothing to replay.</summary>
public sealed class RecoveryCompleted
{
    public static readonly RecoveryCompleted Instance = new();
    private RecoveryCompleted() { }
}
