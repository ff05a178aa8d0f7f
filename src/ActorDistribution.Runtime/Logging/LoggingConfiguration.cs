using ActorDistribution.Hocon;
using Serilog;
using Serilog.Configuration;
using Serilog.Events;

namespace ActorDistribution.Runtime.Logging;

/// <summary>Builds the Serilog logger from the HOCON <c>logging</c> section (levels, console and rolling-file sinks).</summary>
public static class LoggingConfiguration
{
    public const string Section = "logging";

    /// <param name="clock">The clock the console and file lines show (default: the wall clock); a simulation switches it to its virtual time.</param>
    public static ILogger CreateLogger(Config config, LogClock? clock = null) => Configure(config, clock).CreateLogger();

    /// <summary>The configuration before CreateLogger, so hosts and tests can add sinks or enrichers.</summary>
    public static LoggerConfiguration Configure(Config config, LogClock? clock = null)
    {
        clock ??= new LogClock();
        var section = config.GetConfig(Section);
        var defaultLevel = ParseLevel(section, "minimum-level");
        var overrides = section.HasPath("overrides") ? section.GetConfig("overrides") : Config.Empty;
        var componentLevels = overrides.Root.Fields.Keys.ToDictionary(component => component, component => ParseLevel(overrides, component), StringComparer.OrdinalIgnoreCase);

        // The pipeline must let through the most verbose configured level; the filter then applies each component's own.
        var lowest = componentLevels.Values.Append(defaultLevel).Min();
        var logger = new LoggerConfiguration()
            .MinimumLevel.Is(lowest)
            .Filter.With(new ComponentLevelFilter(defaultLevel, componentLevels));

        if (section.GetBoolean("console.enabled"))
        {
            var template = section.GetString("console.output-template");
            logger = LoggerSinkConfiguration.Wrap(logger.WriteTo, sink => new VirtualTimeSink(sink, clock), to => to.Console(outputTemplate: template));
        }

        if (section.GetBoolean("file.enabled"))
        {
            var (path, template) = (section.GetString("file.path"), section.GetString("file.output-template"));
            var (rolling, retained) = (ParseRollingInterval(section, "file.rolling-interval"), section.GetInt("file.retained-file-count"));
            logger = LoggerSinkConfiguration.Wrap(logger.WriteTo, sink => new VirtualTimeSink(sink, clock),
                to => to.File(path, outputTemplate: template, rollingInterval: rolling, retainedFileCountLimit: retained));
        }

        return logger;
    }

    public static LogEventLevel ParseLevel(Config section, string path) => section.GetString(path).Trim().ToLowerInvariant() switch
    {
        "verbose" or "trace" => LogEventLevel.Verbose,
        "debug" => LogEventLevel.Debug,
        "information" or "info" => LogEventLevel.Information,
        "warning" or "warn" => LogEventLevel.Warning,
        "error" => LogEventLevel.Error,
        "fatal" => LogEventLevel.Fatal,
        _ => throw ValueError(section, path, "a level: verbose, debug, information, warning, error or fatal"),
    };

    private static RollingInterval ParseRollingInterval(Config section, string path) =>
        Enum.TryParse<RollingInterval>(section.GetString(path), ignoreCase: true, out var interval) && Enum.IsDefined(interval)
            ? interval
            : throw ValueError(section, path, "a rolling interval: infinite, year, month, day, hour or minute");

    private static HoconException ValueError(Config section, string path, string expected)
    {
        var value = section.GetValue(path);
        return new HoconException(value.Origin, $"setting '{section.Location}.{path}': found {value.Describe()}, expected {expected}");
    }
}
