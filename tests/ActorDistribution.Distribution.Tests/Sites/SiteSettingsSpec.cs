using ActorDistribution.Distribution.Sites;
using ActorDistribution.Hocon;

namespace ActorDistribution.Distribution.Tests.Sites;

public sealed class SiteSettingsSpec
{
    private static readonly SiteSettings Defaults = SiteSettings.Defaults(ConfigFactory.Reference());

    private static Config WithOverride(string setting) =>
        ConfigFactory.Load(overrides: [setting], environment: new Dictionary<string, string>());

    [Fact]
    public void Defaults_come_from_reference_conf_fast_off_12_retries_5_minutes() =>
        Assert.Equal(new SiteSettings(ResponseMode.Fast, false, 12, TimeSpan.FromMinutes(5)), Defaults);

    [Theory]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("on", true)]
    [InlineData("off", false)]
    public void Default_use_forced_disconnect_accepts_registry_numbers_and_words(string value, bool expected) =>
        Assert.Equal(expected, SiteSettings.Defaults(WithOverride($"distribution.site-defaults.use-forced-disconnect={value}")).UseForcedDisconnect);

    [Fact]
    public void A_negative_default_retry_count_is_refused_naming_the_setting()
    {
        var error = Assert.Throws<HoconException>(() => SiteSettings.Defaults(WithOverride("distribution.site-defaults.retries-before-forced-disconnection=-1")));

        Assert.Contains("retries-before-forced-disconnection: found -1, expected 0 or more", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("1", true)]
    [InlineData("7", true)]
    [InlineData("-1", true)]
    [InlineData("on", true)]
    [InlineData("OFF", false)]
    public void Use_forced_disconnect_follows_registry_semantics_zero_off_any_other_number_on(string value, bool expected)
    {
        Assert.True(SiteSettingValues.TryApply(Defaults with { UseForcedDisconnect = !expected }, "use-forced-disconnect", value, out var updated, out _));
        Assert.Equal(expected, updated.UseForcedDisconnect);
    }

    [Fact]
    public void A_bad_use_forced_disconnect_value_lists_the_allowed_values()
    {
        Assert.False(SiteSettingValues.TryApply(Defaults, "use-forced-disconnect", "maybe", out _, out var error));
        Assert.Equal("use-forced-disconnect: found 'maybe', expected on, off, 0 (off) or any other number (on)", error);
    }

    [Theory]
    [InlineData("5", 5)]
    [InlineData("5m", 5)]
    [InlineData("30 minutes", 30)]
    [InlineData("1h", 60)]
    [InlineData("0", 0)]
    public void Forced_disconnection_delay_accepts_minutes_or_durations(string value, int minutes)
    {
        Assert.True(SiteSettingValues.TryApply(Defaults, "forced-disconnection-delay", value, out var updated, out _));
        Assert.Equal(TimeSpan.FromMinutes(minutes), updated.ForcedDisconnectionDelay);
    }

    [Theory]
    [InlineData("3s", 3)]
    [InlineData("90 seconds", 90)]
    public void Forced_disconnection_delay_accepts_whole_seconds_for_compressed_wall_clock_tests(string value, int seconds)
    {
        Assert.True(SiteSettingValues.TryApply(Defaults, "forced-disconnection-delay", value, out var updated, out _));
        Assert.Equal(TimeSpan.FromSeconds(seconds), updated.ForcedDisconnectionDelay);
        Assert.Contains($"forced-disconnection-delay={seconds}s", SiteAssignments.Of(updated));
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("5x")]
    [InlineData("1.5s")]
    [InlineData("soon")]
    public void A_bad_forced_disconnection_delay_says_what_is_allowed(string value)
    {
        Assert.False(SiteSettingValues.TryApply(Defaults, "forced-disconnection-delay", value, out _, out var error));
        Assert.Equal($"forced-disconnection-delay: found '{value}', expected minutes (0 or more) such as 5, or a duration such as 30s, 5m or 1h", error);
    }

    [Fact]
    public void Retries_before_forced_disconnection_takes_a_whole_number()
    {
        Assert.True(SiteSettingValues.TryApply(Defaults, "retries-before-forced-disconnection", "10", out var updated, out _));
        Assert.Equal(10, updated.RetriesBeforeForcedDisconnection);
        Assert.False(SiteSettingValues.TryApply(Defaults, "retries-before-forced-disconnection", "-2", out _, out var error));
        Assert.Equal("retries-before-forced-disconnection: found '-2', expected a whole number of retries, 0 or more", error);
    }

    [Theory]
    [InlineData("very-fast", ResponseMode.VeryFast)]
    [InlineData("fast", ResponseMode.Fast)]
    [InlineData("Medium", ResponseMode.Medium)]
    [InlineData("slow", ResponseMode.Slow)]
    public void Response_takes_the_shells_words(string value, ResponseMode expected)
    {
        Assert.True(SiteSettingValues.TryApply(Defaults, "response", value, out var updated, out _));
        Assert.Equal(expected, updated.Response);
        Assert.Equal(value.ToLowerInvariant(), expected.ToWord());
    }

    [Fact]
    public void A_bad_response_lists_the_modes()
    {
        Assert.False(SiteSettingValues.TryApply(Defaults, "response", "quick", out _, out var error));
        Assert.Equal("response: found 'quick', expected one of very-fast, fast, medium, slow", error);
    }

    [Fact]
    public void An_unknown_key_lists_the_keys()
    {
        Assert.False(SiteSettingValues.TryApply(Defaults, "polling", "5", out _, out var error));
        Assert.Equal("unknown site setting 'polling', expected one of response, use-forced-disconnect, retries-before-forced-disconnection, forced-disconnection-delay", error);
    }

    [Fact]
    public void Changing_one_setting_keeps_the_others()
    {
        Assert.True(SiteSettingValues.TryApply(Defaults, "use-forced-disconnect", "1", out var updated, out _));
        Assert.Equal(Defaults with { UseForcedDisconnect = true }, updated);
    }
}
