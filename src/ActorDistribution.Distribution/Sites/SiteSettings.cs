using ActorDistribution.Hocon;

namespace ActorDistribution.Distribution.Sites;

/// <summary>
/// The despooler settings a site server keeps (once in its registry). A job is driven by the settings
/// of its target site, as loaded by that site's despooler, never by the source site's.
/// </summary>
/// <param name="RetriesBeforeForcedDisconnection">y: retries that may find files open before users are warned and disconnected.</param>
/// <param name="ForcedDisconnectionDelay">z: time between the disconnection warning and the forced disconnection.</param>
public sealed record SiteSettings(
    ResponseMode Response,
    bool UseForcedDisconnect,
    int RetriesBeforeForcedDisconnection,
    TimeSpan ForcedDisconnectionDelay)
{
    public const string DefaultsPath = "distribution.site-defaults";

    /// <summary>The defaults of a new site, from <c>distribution.site-defaults</c> of the whole configuration.</summary>
    public static SiteSettings Defaults(Config root)
    {
        var section = ConfigBinder.Bind<SiteDefaultsSection>(root.GetConfig(DefaultsPath));
        var errors = new List<string>();
        if (!SiteSettingValues.TryParseUseForcedDisconnect(section.UseForcedDisconnect, out var forced, out var forcedError))
            errors.Add(forcedError);
        if (section.RetriesBeforeForcedDisconnection < 0)
            errors.Add($"{SiteSettingValues.RetriesBeforeForcedDisconnectionKey}: found {section.RetriesBeforeForcedDisconnection}, expected 0 or more");
        if (!SiteSettingValues.IsValidForcedDisconnectionDelay(section.ForcedDisconnectionDelay, out var delayError))
            errors.Add(delayError);
        if (errors.Count > 0)
            throw new HoconException(null, $"cannot bind '{DefaultsPath}': {string.Join("; ", errors)}");

        return new SiteSettings(section.Response, forced, section.RetriesBeforeForcedDisconnection, section.ForcedDisconnectionDelay);
    }
}
