namespace ActorDistribution.Actors.Time;

/// <summary>The one source of "now" for all code; domain code never reads DateTime.UtcNow.</summary>
public interface IClock
{
    DateTimeOffset UtcNow { get; }
}
