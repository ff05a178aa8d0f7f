namespace ActorDistribution.Shares;

/// <summary>Who may start new sessions on a share.</summary>
public enum AccessState
{
    /// <summary>Anyone may connect.</summary>
    Open,

    /// <summary>Only the service account may connect; sessions already connected keep their access.</summary>
    Revoked,
}
