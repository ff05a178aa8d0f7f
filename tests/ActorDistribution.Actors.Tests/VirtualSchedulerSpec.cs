using ActorDistribution.Actors.Time;

namespace ActorDistribution.Actors.Tests;

public sealed class VirtualSchedulerSpec
{
    [Fact]
    public void Due_actions_fire_in_time_order_and_equal_times_in_scheduling_order()
    {
        var clock = new VirtualScheduler();
        var fired = new List<string>();
        clock.ScheduleOnce(TimeSpan.FromSeconds(3), () => fired.Add("c"));
        clock.ScheduleOnce(TimeSpan.FromSeconds(1), () => fired.Add("a1"));
        clock.ScheduleOnce(TimeSpan.FromSeconds(1), () => fired.Add("a2"));
        clock.ScheduleOnce(TimeSpan.FromSeconds(2), () => fired.Add("b"));
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(new[] { "a1", "a2", "b", "c" }, fired);
    }

    [Fact]
    public void The_clock_reads_the_due_time_while_an_action_runs_and_the_target_after()
    {
        var clock = new VirtualScheduler();
        var start = clock.UtcNow;
        var seen = DateTimeOffset.MinValue;
        clock.ScheduleOnce(TimeSpan.FromMinutes(5), () => seen = clock.UtcNow);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(start.AddMinutes(5), seen);
        Assert.Equal(start.AddHours(1), clock.UtcNow);
    }

    [Fact]
    public void Repeated_actions_fire_every_interval_until_cancelled()
    {
        var clock = new VirtualScheduler();
        var count = 0;
        var handle = clock.ScheduleRepeatedly(TimeSpan.FromMilliseconds(5000), TimeSpan.FromMilliseconds(5000), () => count++);
        clock.Advance(TimeSpan.FromMilliseconds(165_000));  // 33 retries at 5000 ms: 2 min 45 s
        Assert.Equal(33, count);
        handle.Cancel();
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(33, count);
        Assert.Null(clock.NextDue);
    }

    [Fact]
    public void An_action_scheduled_by_an_action_fires_within_the_same_advance()
    {
        var clock = new VirtualScheduler();
        var fired = new List<TimeSpan>();
        var start = clock.UtcNow;
        clock.ScheduleOnce(TimeSpan.FromHours(2), () =>
        {
            fired.Add(clock.UtcNow - start);
            clock.ScheduleOnce(TimeSpan.FromHours(2), () => fired.Add(clock.UtcNow - start));
        });
        clock.Advance(TimeSpan.FromHours(5));
        Assert.Equal(new[] { TimeSpan.FromHours(2), TimeSpan.FromHours(4) }, fired);
    }

    [Fact]
    public void Time_cannot_move_backwards()
    {
        var clock = new VirtualScheduler();
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.AdvanceTo(clock.UtcNow.AddTicks(-1)));
    }
}
