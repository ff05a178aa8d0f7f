using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace ActorDistribution.Runtime.Logging;

/// <summary>
/// In front of a console or file sink: on a virtual <see cref="LogClock"/> the event's timestamp becomes the virtual
/// time and the wall time goes into <see cref="Property"/> (<c> [wall 2026-12-06 22:15:42.123 +00:00]</c>), which the
/// templates place after the time; on the wall clock the event passes unchanged and the property is absent (renders as nothing).
/// </summary>
internal sealed class VirtualTimeSink(ILogEventSink inner, LogClock clock) : ILogEventSink, IDisposable
{
    public const string Property = "WallTime";

    public void Emit(LogEvent logEvent)
    {
        if (clock.VirtualNow is not { } now)
        {
            inner.Emit(logEvent);
            return;
        }

        var wall = string.Create(CultureInfo.InvariantCulture, $" [wall {logEvent.Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz}]");
        var properties = logEvent.Properties
            .Where(p => p.Key != Property)
            .Select(p => new LogEventProperty(p.Key, p.Value))
            .Append(new LogEventProperty(Property, new ScalarValue(wall)));
        inner.Emit(new LogEvent(now, logEvent.Level, logEvent.Exception, logEvent.MessageTemplate, properties));
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();
}
