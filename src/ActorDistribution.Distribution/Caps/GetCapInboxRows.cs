namespace ActorDistribution.Distribution.Caps;

/// <summary>Asks a CAP for its inbox rows (<see cref="CapInboxRows"/>), or a rejection when no such CAP was added.</summary>
public sealed class GetCapInboxRows
{
    public static readonly GetCapInboxRows Instance = new();

    private GetCapInboxRows()
    {
    }
}
