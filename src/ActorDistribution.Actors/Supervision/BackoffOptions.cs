namespace ActorDistribution.Actors.Supervision;

/// <summary>
/// A backoff supervisor's settings: delay n is min(max, min·2ⁿ)·(1 + random·RandomFactor); after
/// <see cref="MaxNrOfRetries"/> restarts (-1 for unlimited) it gives up; a child that ran for
/// <see cref="ResetBackoff"/> without failing starts again from the minimum delay.
/// </summary>
public sealed record BackoffOptions(
    BackoffMode Mode,
    Props ChildProps,
    string ChildName,
    TimeSpan MinBackoff,
    TimeSpan MaxBackoff,
    double RandomFactor)
{
    public int MaxNrOfRetries { get; init; } = -1;
    public TimeSpan? ResetBackoff { get; init; }

    /// <summary>The randomness of the delays; a seeded one makes runs repeatable.</summary>
    public Random Random { get; init; } = Random.Shared;

    public BackoffOptions WithMaxNrOfRetries(int maxNrOfRetries) => this with { MaxNrOfRetries = maxNrOfRetries };
    public BackoffOptions WithAutoReset(TimeSpan resetBackoff) => this with { ResetBackoff = resetBackoff };
    public BackoffOptions WithRandom(Random random) => this with { Random = random };

    /// <summary>The delay before restart number <paramref name="restartCount"/> (0-based).</summary>
    public TimeSpan DelayFor(int restartCount)
    {
        var exponential = MinBackoff.TotalMilliseconds * Math.Pow(2, Math.Min(restartCount, 62));
        var capped = Math.Min(MaxBackoff.TotalMilliseconds, exponential);
        return TimeSpan.FromMilliseconds(capped * (1.0 + Random.NextDouble() * RandomFactor));
    }
}
