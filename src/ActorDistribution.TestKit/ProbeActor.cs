using System.Collections.Concurrent;
using ActorDistribution.Actors.Actor;

namespace ActorDistribution.TestKit;

/// <summary>The actor behind a <see cref="TestProbe"/>: queues every message for the test thread, and watches on request.</summary>
internal sealed class ProbeActor(BlockingCollection<ReceivedMessage> queue) : ActorBase
{
    protected internal override bool Receive(object message)
    {
        switch (message)
        {
            case WatchRequest watch:
                Context.Watch(watch.Subject);
                watch.Done.Set();
                break;
            case UnwatchRequest unwatch:
                Context.Unwatch(unwatch.Subject);
                break;
            default:
                queue.Add(new ReceivedMessage(message, Context.Sender));
                break;
        }
        return true;
    }

    internal sealed record WatchRequest(IActorRef Subject, ManualResetEventSlim Done);

    internal sealed record UnwatchRequest(IActorRef Subject);
}
