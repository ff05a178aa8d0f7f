using ActorDistribution.Actors.Time;

namespace ActorDistribution.Distribution.Tests.InboxActors;

/// <summary>The share host outlives a node restart; its clock follows whichever node's virtual clock is current.</summary>
internal sealed class SwitchableClock : IClock
{
    public IClock Current { get; set; } = new VirtualScheduler();

    public DateTimeOffset UtcNow => Current.UtcNow;
}
