namespace ActorDistribution.Hocon.Tests;

public sealed class UnitsSpec
{
    [Theory]
    [InlineData("1500", 1500)]
    [InlineData("5000ms", 5000)]
    [InlineData("2 milliseconds", 2)]
    [InlineData("3s", 3000)]
    [InlineData("3 seconds", 3000)]
    [InlineData("5m", 300_000)]
    [InlineData("5 minutes", 300_000)]
    [InlineData("1.5h", 5_400_000)]
    [InlineData("2 hours", 7_200_000)]
    [InlineData("1d", 86_400_000)]
    [InlineData("2 days", 172_800_000)]
    public void Durations_read_every_unit_as_milliseconds(string text, long milliseconds)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), Hocon.Parse($"d = {text}").GetTimeSpan("d"));
    }

    [Theory]
    [InlineData("1000ns", 10)]
    [InlineData("5 us", 50)]
    [InlineData("5 microseconds", 50)]
    public void Sub_millisecond_durations_become_ticks(string text, long ticks)
    {
        Assert.Equal(TimeSpan.FromTicks(ticks), Hocon.Parse($"d = {text}").GetTimeSpan("d"));
    }

    [Theory]
    [InlineData("512", 512)]
    [InlineData("10B", 10)]
    [InlineData("1kB", 1000)]
    [InlineData("1 kilobytes", 1000)]
    [InlineData("1K", 1024)]
    [InlineData("1KiB", 1024)]
    [InlineData("2 kibibytes", 2048)]
    [InlineData("1MB", 1_000_000)]
    [InlineData("1MiB", 1_048_576)]
    [InlineData("1.5KiB", 1536)]
    [InlineData("1GB", 1_000_000_000)]
    [InlineData("1G", 1_073_741_824)]
    public void Sizes_distinguish_decimal_and_binary_units(string text, long bytes)
    {
        Assert.Equal(bytes, Hocon.Parse($"s = {text}").GetBytes("s"));
    }

    [Fact]
    public void An_unknown_duration_unit_names_the_setting_and_the_accepted_form()
    {
        var error = Assert.Throws<HoconException>(() => Hocon.Parse("a { d = 5 fortnights }").GetTimeSpan("a.d"));

        Assert.Equal("test.conf:1:9: setting 'a.d': found string '5 fortnights', expected a duration such as 500ms, 5s, 5m, 2h or 1d", error.Message);
    }

    [Fact]
    public void A_size_too_large_for_a_long_is_an_error()
    {
        Assert.Throws<HoconException>(() => Hocon.Parse("s = 100EiB").GetBytes("s"));
    }
}
