namespace ActorDistribution.Distribution.Clients;

/// <summary>How a client looks for the lock file of a CAP offer inbox.</summary>
public enum ClientMode
{
    /// <summary>Lists the inbox; holds nothing open (the corrected clients).</summary>
    Scan,

    /// <summary>Opens the lock file to see whether it exists, holding a handle briefly (the original clients).</summary>
    LegacyOpenCheck,
}
