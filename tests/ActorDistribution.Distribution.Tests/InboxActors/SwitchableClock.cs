namespace ActorDistribution.Distribution.Tests.InboxActors;

/// <summary>The share host outlives a node restart; its clock follows whichever node's virtual clock is current.</summary>
internal sealed class SwitchableClock : TimeProvider
{
    public TimeProvider Current { get; set; } = new ManualClock();

    public override DateTimeOffset GetUtcNow() => Current.GetUtcNow();
}
