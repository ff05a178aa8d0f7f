namespace ActorDistribution.Actors.Time;

/// <summary>A cancellation flag shared by both schedulers.</summary>
internal sealed class ScheduledAction : ICancelable
{
    private volatile bool _cancelled;
    public bool IsCancellationRequested => _cancelled;
    public void Cancel() => _cancelled = true;
}
