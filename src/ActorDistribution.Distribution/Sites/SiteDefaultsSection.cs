namespace ActorDistribution.Distribution.Sites;

/// <summary>
/// <c>distribution.site-defaults</c> as written; use-forced-disconnect is read as text because
/// registry style 0/1 is accepted there besides on/off.
/// </summary>
internal sealed record SiteDefaultsSection(
    ResponseMode Response,
    string UseForcedDisconnect,
    int RetriesBeforeForcedDisconnection,
    TimeSpan ForcedDisconnectionDelay);
