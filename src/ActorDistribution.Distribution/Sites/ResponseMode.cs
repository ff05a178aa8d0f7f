namespace ActorDistribution.Distribution.Sites;

/// <summary>How responsive a site's services are; for the despooler it sets the polling and so the retry interval.</summary>
public enum ResponseMode
{
    VeryFast,
    Fast,
    Medium,
    Slow,
}
