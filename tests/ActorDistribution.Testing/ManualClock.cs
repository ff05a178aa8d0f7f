namespace ActorDistribution.Testing;

/// <summary>A <see cref="TimeProvider"/> that moves only when a test says so (for code below the actor system, e.g. share hosts).</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public ManualClock() : this(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)) { }

    public DateTimeOffset Now => _now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => AdvanceTo(_now + by);

    public void AdvanceTo(DateTimeOffset to)
    {
        if (to < _now) throw new ArgumentOutOfRangeException(nameof(to), "time cannot move backwards");
        _now = to;
    }
}
