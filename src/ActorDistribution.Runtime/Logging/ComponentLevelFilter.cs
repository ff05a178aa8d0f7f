using Serilog.Core;
using Serilog.Events;

namespace ActorDistribution.Runtime.Logging;

/// <summary>
/// Drops events below the level configured for their "component" property (despooler, inbox-manager, client),
/// or below the default level when they carry none. A filter, not MinimumLevel.Override, because
/// components are a property of the event, not a source-context namespace.
/// </summary>
public sealed class ComponentLevelFilter : ILogEventFilter
{
    public const string ComponentProperty = "component";

    private readonly LogEventLevel defaultLevel;
    private readonly IReadOnlyDictionary<string, LogEventLevel> componentLevels;

    public ComponentLevelFilter(LogEventLevel defaultLevel, IReadOnlyDictionary<string, LogEventLevel> componentLevels)
    {
        this.defaultLevel = defaultLevel;
        this.componentLevels = componentLevels;
    }

    public bool IsEnabled(LogEvent logEvent)
    {
        var level = logEvent.Properties.TryGetValue(ComponentProperty, out var property)
            && property is ScalarValue { Value: string component }
            && componentLevels.TryGetValue(component, out var configured)
                ? configured
                : defaultLevel;
        return logEvent.Level >= level;
    }
}
