namespace ActorDistribution.Actors.Events;

/// <summary>System-wide publish/subscribe by message type (dead letters, unhandled messages, anything else).</summary>
public sealed class EventStream
{
    private readonly object _gate = new();
    private (Type Channel, IActorRef Subscriber)[] _subscriptions = [];

    /// <summary>Subscribes to every published event assignable to <paramref name="channel"/>; false if already subscribed.</summary>
    public bool Subscribe(IActorRef subscriber, Type channel)
    {
        lock (_gate)
        {
            if (Array.IndexOf(_subscriptions, (channel, subscriber)) >= 0) return false;
            _subscriptions = [.. _subscriptions, (channel, subscriber)];
            return true;
        }
    }

    public bool Unsubscribe(IActorRef subscriber, Type channel)
    {
        lock (_gate)
        {
            var before = _subscriptions.Length;
            _subscriptions = _subscriptions.Where(s => !(s.Subscriber.Equals(subscriber) && s.Channel == channel)).ToArray();
            return _subscriptions.Length != before;
        }
    }

    public void Unsubscribe(IActorRef subscriber)
    {
        lock (_gate) _subscriptions = _subscriptions.Where(s => !s.Subscriber.Equals(subscriber)).ToArray();
    }

    public void Publish(object @event)
    {
        var type = @event.GetType();
        foreach (var (channel, subscriber) in Volatile.Read(ref _subscriptions))
            if (channel.IsAssignableFrom(type)) subscriber.Tell(@event, null);
    }
}
