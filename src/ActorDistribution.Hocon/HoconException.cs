namespace ActorDistribution.Hocon;

/// <summary>
/// A user's configuration mistake. Its Message is the whole user-facing text
/// ("file:line:col: found X, expected Y"), so callers print it instead of a stack trace.
/// </summary>
public sealed class HoconException : Exception
{
    public HoconException(ConfigOrigin? origin, string problem)
        : base(origin is { } where ? $"{where}: {problem}" : problem)
    {
        Origin = origin;
        Problem = problem;
    }

    public ConfigOrigin? Origin { get; }

    public string? File => Origin?.File;

    public int Line => Origin?.Line ?? 0;

    public int Column => Origin?.Column ?? 0;

    /// <summary>The message without its location prefix.</summary>
    public string Problem { get; }

    internal static HoconException Found(ConfigOrigin origin, string found, string expected) =>
        new(origin, $"found {found}, expected {expected}");
}
