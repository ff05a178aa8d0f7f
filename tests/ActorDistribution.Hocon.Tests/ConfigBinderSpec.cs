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

    [Fact]
    public void Well_formed_limits_bind()
    {
        var limits = Hocon.Parse("count = 3, total = 5000000000, ratio = 0.5, timeout = 5s, ports = [80, 443]").Bind<Limits>();

        Assert.Equal((3, 5000000000L, 0.5, TimeSpan.FromSeconds(5)), (limits.Count, limits.Total, limits.Ratio, limits.Timeout));
        Assert.Equal([80, 443], limits.Ports);
    }

    [Fact]
    public void Each_conversion_error_names_the_setting_and_where_it_was_written()
    {
        var config = Hocon.Parse("l {\n  count = lots\n  total = 1.5\n  ratio = half\n  timeout = soon\n  ports = [80, http]\n}");

        var error = Assert.Throws<HoconException>(() => config.GetConfig("l").Bind<Limits>());

        Assert.Contains("test.conf:2:11: setting 'l.count': found string 'lots', expected an integer", error.Message);
        Assert.Contains("test.conf:3:11: setting 'l.total': found number 1.5, expected an integer", error.Message);
        Assert.Contains("test.conf:4:11: setting 'l.ratio': found string 'half', expected a number", error.Message);
        Assert.Contains("test.conf:5:13: setting 'l.timeout': found string 'soon', expected a duration", error.Message);
        Assert.Contains("test.conf:6:16: setting 'l.ports[1]': found string 'http', expected an integer", error.Message);
    }

    [Fact]
    public void An_integer_too_large_for_an_int_parameter_is_reported()
    {
        var config = Hocon.Parse("count = 3000000000, total = 1, ratio = 1, timeout = 1s, ports = []");

        var error = Assert.Throws<HoconException>(() => config.Bind<Limits>());

        Assert.Contains("setting 'count': found number 3000000000, expected an integer within 32 bits", error.Message);
    }

    [Fact]
    public void A_scalar_where_a_list_or_nested_record_is_expected_is_reported()
    {
        var config = Hocon.Parse("name = x, response = fast, use-forced-disconnect = on, inboxes = one.box, retry = 5");

        var error = Assert.Throws<HoconException>(() => config.Bind<Settings>());

        Assert.Contains("test.conf:1:66: setting 'inboxes': found string 'one.box', expected an array", error.Message);
        Assert.Contains("test.conf:1:83: setting 'retry': found number 5, expected an object", error.Message);
    }

    [Fact]
    public void A_null_for_a_required_parameter_is_reported_as_missing()
    {
        var config = Hocon.Parse("name = null, response = fast, use-forced-disconnect = on, inboxes = [], retry { max-retries = 1, delay = 1s }");

        var error = Assert.Throws<HoconException>(() => config.Bind<Settings>());

        Assert.Contains("missing setting 'name' (parameter Name of type String)", error.Message);
    }

    [Fact]
    public void Errors_in_a_nested_record_carry_the_full_path()
    {
        var config = Hocon.Parse("s { name = x, response = fast, use-forced-disconnect = on, inboxes = [], retry { max-retries = many, delay = 1s } }");

        var error = Assert.Throws<HoconException>(() => config.GetConfig("s").Bind<Settings>());

        Assert.Contains("setting 's.retry.max-retries': found string 'many', expected an integer", error.Message);
    }
}
