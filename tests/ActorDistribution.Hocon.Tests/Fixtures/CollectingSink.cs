using Serilog.Core;
using Serilog.Events;

namespace ActorDistribution.Hocon.Tests;

/// <summary>Keeps rendered messages so a test can see which events passed the filters.</summary>
internal sealed class CollectingSink : ILogEventSink
{
    public List<string> Messages { get; } = [];

    public void Emit(LogEvent logEvent) => Messages.Add(logEvent.RenderMessage());
}
