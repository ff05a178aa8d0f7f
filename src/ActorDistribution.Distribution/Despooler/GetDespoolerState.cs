namespace ActorDistribution.Distribution.Despooler;

/// <summary>Asks a despooler for its status and the settings in effect (a ComponentView).</summary>
public sealed record GetDespoolerState
{
    public static readonly GetDespoolerState Instance = new();
}
