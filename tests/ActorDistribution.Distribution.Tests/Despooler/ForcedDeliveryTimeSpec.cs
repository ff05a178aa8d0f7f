using ActorDistribution.Distribution.PackageDirectories;

namespace ActorDistribution.Distribution.Tests.Despooler;

public sealed class ForcedDeliveryTimeSpec
{
    [Fact]
    public void Article_example_fast_10_retries_5_minutes_is_22h05m()
    {
        var time = ForcedDeliveryTime.Compute(TimeSpan.FromMinutes(120), 10, TimeSpan.FromMinutes(5));

        Assert.Equal(TimeSpan.FromMinutes(1325), time);
        Assert.Equal("22h05m", ForcedDeliveryTime.Format(time));
    }

    [Theory]
    [InlineData(0, "0h00m")]
    [InlineData(24, "0h24m")]
    [InlineData(60 * 192 + 30, "192h30m")]
    public void Format_shows_whole_hours_beyond_a_day_and_two_digit_minutes(int minutes, string expected) =>
        Assert.Equal(expected, ForcedDeliveryTime.Format(TimeSpan.FromMinutes(minutes)));

    [Fact]
    public void Zero_retries_and_zero_delay_force_one_interval_after_the_first_failure() =>
        Assert.Equal(TimeSpan.FromMinutes(24), ForcedDeliveryTime.Compute(TimeSpan.FromMinutes(24), 0, TimeSpan.Zero));

    [Fact]
    public void Negative_retries_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ForcedDeliveryTime.Compute(TimeSpan.FromMinutes(24), -1, TimeSpan.Zero));
}
