using ActorDistribution.Actors.Actor;

namespace ActorDistribution.Actors.Cell;

// Death watch: a watcher gets Terminated once when a watched actor stops, also if it already had.
internal sealed partial class ActorCell
{
    public IActorRef Watch(IActorRef subject)
    {
        if (subject.Equals(_self)) return subject;
        var watching = Extras.Watching ??= [];
        if (!watching.Add(subject)) return subject;
        if (subject is LocalActorRef local) local.Cell.SendSystemMessage(new Watch(subject, _self));
        else SendSystemMessage(new DeathWatchNotification(subject, existenceConfirmed: false));
        return subject;
    }

    public IActorRef Unwatch(IActorRef subject)
    {
        if (_extras?.Watching?.Remove(subject) == true && subject is LocalActorRef local)
            local.Cell.SendSystemMessage(new Unwatch(subject, _self));
        _extras?.QueuedTerminations?.RemoveWhere(t => t.Terminated.ActorRef.Equals(subject));
        return subject;
    }

    private void HandleWatch(Watch watch)
    {
        if (watch.Watcher.Equals(_self)) return;
        (Extras.WatchedBy ??= []).Add(watch.Watcher);
    }

    private void HandleUnwatch(Unwatch unwatch) => _extras?.WatchedBy?.Remove(unwatch.Watcher);

    private void HandleDeathWatchNotification(DeathWatchNotification notification)
    {
        if (_extras?.Watching?.Remove(notification.Actor) != true) return;
        var queued = new WatchedTerminated(new Terminated(notification.Actor, notification.ExistenceConfirmed));
        (Extras.QueuedTerminations ??= []).Add(queued);
        Post(queued, notification.Actor);
    }

    private void TellWatchersWeDied()
    {
        if (_extras?.WatchedBy is { } watchers)
            foreach (var watcher in watchers) NotifyWatcher(watcher, existenceConfirmed: true);
        if (_extras?.Watching is { } watching)
            foreach (var subject in watching)
                if (subject is LocalActorRef local) local.Cell.SendSystemMessage(new Unwatch(subject, _self));
    }

    private void NotifyWatcher(IActorRef watcher, bool existenceConfirmed)
    {
        if (watcher is LocalActorRef local) local.Cell.SendSystemMessage(new DeathWatchNotification(_self, existenceConfirmed));
    }
}
