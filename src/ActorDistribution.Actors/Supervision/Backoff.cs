namespace ActorDistribution.Actors.Supervision;

/// <summary>Entry points for backoff settings, as in Akka: <c>Backoff.OnStop(...).WithAutoReset(...)</c>.</summary>
public static class Backoff
{
    public static BackoffOptions OnFailure(Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor, int maxNrOfRetries = -1)
        => Validate(new BackoffOptions(BackoffMode.OnFailure, childProps, childName, minBackoff, maxBackoff, randomFactor) { MaxNrOfRetries = maxNrOfRetries });

    public static BackoffOptions OnStop(Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor, int maxNrOfRetries = -1)
        => Validate(new BackoffOptions(BackoffMode.OnStop, childProps, childName, minBackoff, maxBackoff, randomFactor) { MaxNrOfRetries = maxNrOfRetries });

    private static BackoffOptions Validate(BackoffOptions options)
    {
        if (options.MinBackoff <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(options), "minBackoff must be positive");
        if (options.MaxBackoff < options.MinBackoff) throw new ArgumentOutOfRangeException(nameof(options), "maxBackoff must be at least minBackoff");
        if (options.RandomFactor is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(options), "randomFactor must be between 0 and 1");
        return options;
    }
}
