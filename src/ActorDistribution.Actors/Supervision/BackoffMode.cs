namespace ActorDistribution.Actors.Supervision;

/// <summary>When the backoff supervisor restarts its child.</summary>
public enum BackoffMode
{
    /// <summary>After the child failed with an exception; a child that stops by itself ends the supervisor too.</summary>
    OnFailure,
    /// <summary>After the child stopped for any reason (persistent actors stop on a failed write).</summary>
    OnStop,
}
