namespace ActorDistribution.Hocon.Tests;

public sealed class ConfigBinderSpec
{
    [Fact]
    public void A_section_binds_to_a_record_with_kebab_case_keys()
    {
        var config = Hocon.Parse("""
            s {
              name = CH2
              response = very-fast
              use-forced-disconnect = on
              inboxes = ["offerinf.box"]
              retry { max-retries = 3, delay = 2m }
            }
            """);

        var settings = config.GetConfig("s").Bind<Settings>();

        Assert.Equal(new Settings("CH2", Response.VeryFast, true, settings.Inboxes, new Retry(3, TimeSpan.FromMinutes(2))), settings);
        Assert.Equal(["offerinf.box"], settings.Inboxes);
    }

    [Fact]
    public void Parameters_with_defaults_or_nullable_types_are_optional()
    {
        var settings = Hocon.Parse("name = x, response = fast, use-forced-disconnect = off, inboxes = [], retry { max-retries = 1, delay = 1s }").Bind<Settings>();

        Assert.Equal((7, (string?)null), (settings.Optional, settings.Comment));
    }

    [Fact]
    public void Every_missing_or_mistyped_key_is_reported_at_once()
    {
        var config = Hocon.Parse("s { name = x, response = quick, use-forced-disconnect = maybe, inboxes = [], retry { delay = 1s } }");

        var error = Assert.Throws<HoconException>(() => config.GetConfig("s").Bind<Settings>());

        Assert.Contains("cannot bind 's' to Settings", error.Message);
        Assert.Contains("setting 's.response': found string 'quick', expected one of very-fast, fast", error.Message);
        Assert.Contains("setting 's.use-forced-disconnect': found string 'maybe', expected a boolean", error.Message);
        Assert.Contains("missing setting 's.retry.max-retries' (parameter MaxRetries of type Int32)", error.Message);
    }

    [Fact]
    public void Pascal_case_names_become_kebab_case_keys()
    {
        Assert.Equal("retries-before-forced-disconnection", ConfigBinder.ToKebabCase("RetriesBeforeForcedDisconnection"));
    }
}
