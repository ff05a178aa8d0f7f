namespace ActorDistribution.Distribution.Requests;

/// <summary>One target server of a job and the install status of the package there (SPEC.md section 2 wording).</summary>
public sealed record JobTargetView(string Site, string Server, string Status);
