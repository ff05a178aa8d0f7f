using ActorDistribution.Actors.Actor;
using ActorDistribution.Actors.Stash;
using ActorDistribution.Actors.Supervision;
using ActorDistribution.Actors.Timers;

namespace ActorDistribution.Actors.Cell;

// Creation, restart and termination of the actor instance.
internal sealed partial class ActorCell
{
    private volatile bool _stopRequested;

    public bool StopRequested => _stopRequested;

    public void Start() => SendSystemMessage(new Create());

    /// <summary>Asks the cell to stop: children first (depth-first), then PostStop, then watchers are told.</summary>
    public void RequestStop()
    {
        _stopRequested = true;
        SendSystemMessage(new Terminate());
    }

    private ActorBase NewInstance()
    {
        var actor = _props.NewActor();
        if (actor is IWithTimers withTimers) withTimers.Timers = Timers;
        if (actor is IWithUnboundedStash withStash) withStash.Stash = Stash;
        return actor;
    }

    private void HandleCreate()
    {
        try
        {
            _actor = NewInstance();
            _actor.AroundPreStart();
        }
        catch (Exception ex)
        {
            HandleInvokeFailure(new ActorInitializationException(_self, ex), null);
        }
    }

    private void HandleRecreate(Exception cause)
    {
        if (_closed || _terminating) return;
        var failedMessage = _extras?.FailedMessage;
        AbandonAsyncHandlers();
        if (_actor is not null)
        {
            try { _actor.PreRestart(cause, failedMessage); }
            catch (Exception ex) { LogFailure(ex, "PreRestart failed in {ActorPath}"); }
        }
        _extras?.Timers?.CancelAll();
        _extras?.Stash?.UnstashAll();
        _extras?.Behaviors?.Clear();
        _actor = null;
        if (HasStoppingChildren())
        {
            Extras.PendingRestartCause = cause;  // finished when the last stopping child is gone
            return;
        }
        FinishRecreate(cause);
    }

    private void FinishRecreate(Exception cause)
    {
        if (_extras is not null) _extras.PendingRestartCause = null;
        try
        {
            _actor = NewInstance();
            _actor.AroundPostRestart(cause);
        }
        catch (Exception ex)
        {
            _failed = false;
            HandleInvokeFailure(new ActorInitializationException(_self, ex), null);
            return;
        }
        _failed = false;
        if (_extras is not null) _extras.FailedMessage = null;
        // Children that failed up to us and that our PreRestart kept alive are restarted with us (as Akka does).
        if (_extras?.EscalatedChildren is { Count: > 0 } escalated)
        {
            foreach (var child in escalated.Where(c => !c.IsTerminated && !c.StopRequested)) child.SendSystemMessage(new Recreate(cause));
            escalated.Clear();
        }
    }

    private void HandleTerminate()
    {
        if (_terminating || _closed) return;
        _stopRequested = true;
        var children = MarkTerminatingAndListChildren();
        if (children.Length == 0) FinishTerminate();
        else foreach (var child in children) child.RequestStop();
    }

    private void FinishTerminate()
    {
        if (_actor is not null)
        {
            try { _actor.PostStop(); }
            catch (Exception ex) { LogFailure(ex, "PostStop failed in {ActorPath}"); }
        }
        _extras?.Timers?.CancelAll();
        AbandonAsyncHandlers();
        _actor = null;

        SystemMessage? leftovers;
        lock (this)
        {
            _closed = true;
            leftovers = _systemHead;
            _systemHead = _systemTail = null;
        }
        for (var m = leftovers; m is not null; m = m.Next) HandleSystemMessageWhenDead(m);

        if (_extras?.Stash is { Count: > 0 } stash) stash.UnstashAll();
        DrainToDeadLetters();
        TellWatchersWeDied();
        if (_parent is not null) _parent.SendSystemMessage(new ChildTerminated(this));
        else _system.OnRootTerminated();
    }

    /// <summary>What a stopped cell does with system messages still arriving.</summary>
    private void HandleSystemMessageWhenDead(SystemMessage message)
    {
        switch (message)
        {
            case Watch watch when !watch.Watcher.Equals(_self):
                NotifyWatcher(watch.Watcher, existenceConfirmed: false);
                break;
            case AsyncCompleted completed:
                completed.Context.Release();
                break;
        }
    }

    private void LogFailure(Exception ex, string template)
        => _system.Log.ForContext("ActorPath", _self.Path.ToString()).Error(ex, template, _self.Path.ToString());
}
