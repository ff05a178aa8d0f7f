using ActorDistribution.Actors.Actor;
using ActorDistribution.Actors.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace ActorDistribution.Actors.Tests;

public sealed class ActorLoggingSpec : TestKit.TestKit
{
    private static readonly CollectingSink Sink = new();

    public ActorLoggingSpec() : base("logging", new ActorSystemOptions
    {
        Logger = new LoggerConfiguration().MinimumLevel.Debug().WriteTo.Sink(Sink).CreateLogger(),
    })
    {
    }

    [Fact]
    public void An_actor_logger_carries_the_actor_path()
    {
        var actor = Sys.ActorOf(Props.Create<Talker>(), "talker");
        actor.Tell("hello", TestActor);
        ExpectMsg("logged");
        var line = Assert.Single(Sink.Events, e => e.MessageTemplate.Text == "said {Word}");
        Assert.Equal("\"/user/talker\"", line.Properties["ActorPath"].ToString());
    }

    [Fact]
    public void A_failure_is_logged_with_the_failing_message()
    {
        var actor = Sys.ActorOf(Props.Create<Talker>(), "failing-talker");
        actor.Tell(42, TestActor);
        actor.Tell("hello", TestActor);
        ExpectMsg("logged");  // restarted, not retried: the failing message is gone
        var failure = Assert.Single(Sink.Events, e => e.Level == LogEventLevel.Error && e.Properties["ActorPath"].ToString() == "\"/user/failing-talker\"");
        Assert.Equal("\"Int32\"", failure.Properties["MessageType"].ToString());
        Assert.IsType<InvalidOperationException>(failure.Exception);
    }

    private sealed class Talker : ReceiveActor
    {
        public Talker()
        {
            Receive<string>(word =>
            {
                Context.GetLogger().Information("said {Word}", word);
                Sender.Tell("logged", Self);
            });
            Receive<int>(_ => throw new InvalidOperationException("numbers are not words"));
        }
    }

    private sealed class CollectingSink : ILogEventSink
    {
        private readonly List<LogEvent> _events = [];

        public IReadOnlyList<LogEvent> Events
        {
            get { lock (_events) return _events.ToList(); }
        }

        public void Emit(LogEvent logEvent)
        {
            lock (_events) _events.Add(logEvent);
        }
    }
}
