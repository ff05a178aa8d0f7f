namespace ActorDistribution.Actors.Time;

/// <summary>A scheduled action that can be called off before it runs.</summary>
public interface ICancelable
{
    bool IsCancellationRequested { get; }
    void Cancel();
}
