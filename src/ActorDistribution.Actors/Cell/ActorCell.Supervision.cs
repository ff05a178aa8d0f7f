using ActorDistribution.Actors.Supervision;

namespace ActorDistribution.Actors.Cell;

// Failures: a failing actor suspends itself and tells its parent, whose strategy decides.
internal sealed partial class ActorCell
{
    private void HandleInvokeFailure(Exception cause, object? message)
    {
        if (_closed || _terminating || _failed) return;
        _failed = true;
        Extras.FailedMessage = message;
        if (_parent is not null)
        {
            _parent.SendSystemMessage(new Failed(this, cause, message));
            return;
        }
        LogFailure(cause, "The root guardian failed; stopping {ActorPath}");
        HandleTerminate();
    }

    private void HandleChildFailed(Failed failed)
    {
        var child = failed.Child;
        if (!IsChild(child) || child.IsTerminated) return;  // a late report from a child already gone

        var strategy = _props.SupervisorStrategy ?? SafeStrategy();
        Directive directive;
        try { directive = strategy.Decider(failed.Cause); }
        catch (Exception) { directive = Directive.Escalate; }

        _system.Log.ForContext("ActorPath", child.Self.Path.ToString()).Error(failed.Cause,
            "{ActorPath} failed while processing {MessageType} ({Message}); directive {Directive}",
            child.Self.Path.ToString(), failed.Message?.GetType().Name ?? "(no message)", failed.Message, directive);

        switch (directive)
        {
            case Directive.Resume:
                child.SendSystemMessage(new Resume());
                break;
            case Directive.Restart:
                var affected = AffectedCells(strategy, child);
                var now = _system.Scheduler.UtcNow;
                var permitted = affected.All(c => StatsOf(c).RequestRestartPermission(strategy.MaxNrOfRetries, strategy.WithinTimeRange, now));
                foreach (var cell in affected)
                {
                    if (permitted) cell.SendSystemMessage(new Recreate(failed.Cause));
                    else Stop(cell.Self);
                }
                break;
            case Directive.Stop:
                foreach (var cell in AffectedCells(strategy, child)) Stop(cell.Self);
                break;
            case Directive.Escalate:
                (Extras.EscalatedChildren ??= []).Add(child);
                HandleInvokeFailure(failed.Cause, _currentEnvelope?.Message);
                break;
        }
    }

    private ChildRestartStats StatsOf(ActorCell child)
    {
        var stats = Extras.ChildStats ??= new Dictionary<ActorCell, ChildRestartStats>(ReferenceEqualityComparer.Instance);
        if (!stats.TryGetValue(child, out var childStats)) stats[child] = childStats = new ChildRestartStats();
        return childStats;
    }

    private SupervisorStrategy SafeStrategy()
    {
        try { return _actor?.SupervisorStrategy() ?? SupervisorStrategy.Default; }
        catch (Exception) { return SupervisorStrategy.Default; }
    }

    private ActorCell[] AffectedCells(SupervisorStrategy strategy, ActorCell failed)
    {
        var children = ChildCells();
        var affected = strategy.Affected(failed.Self, children.Select(c => c.Self).ToArray());
        return children.Where(c => affected.Contains(c.Self) && !c.StopRequested).ToArray();
    }

    private void HandleResume()
    {
        if (_actor is null && _failed)
        {
            // Nothing to resume when the instance never came up: make a new one instead.
            HandleRecreate(new InvalidOperationException("Resumed an actor that failed to initialize."));
            return;
        }
        _failed = false;
        if (_extras is not null) _extras.FailedMessage = null;
        if (_extras?.EscalatedChildren is { } escalated)
        {
            foreach (var child in escalated) child.SendSystemMessage(new Resume());
            escalated.Clear();
        }
    }
}
