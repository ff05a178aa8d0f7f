namespace ActorDistribution.Actors.Cell;

// Async handlers: the mailbox stays suspended until every handler's task ends; continuations run in the cell.
internal sealed partial class ActorCell
{
    public void RunAsync(Func<Task> start)
    {
        var context = new ActorSynchronizationContext(this, _currentEnvelope, _asyncGeneration);
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(context);
        Task task;
        try { task = start(); }
        finally { SynchronizationContext.SetSynchronizationContext(previous); }

        if (task.IsCompleted)
        {
            task.GetAwaiter().GetResult();  // rethrows the handler's own exception, for supervision
            return;
        }

        _awaitedHandlers++;
        context.Count();  // an awaited handler is work in progress, not quiescence
        (Extras.LiveHandlers ??= []).Add(context);
        task.ContinueWith(static (t, state) =>
            {
                var c = (ActorSynchronizationContext)state!;
                c.Cell.SendSystemMessage(new AsyncCompleted(t, c));
            },
            context, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private void HandleContinuation(RunContinuation continuation)
    {
        // A handler of an instance replaced by a restart, or of a stopping actor, is abandoned: its code must not
        // run against the new instance (it was released from the busy count when it was abandoned).
        if (continuation.Context.Generation != _asyncGeneration || _terminating || _closed) return;
        var saved = _currentEnvelope;
        var previous = SynchronizationContext.Current;
        _currentEnvelope = continuation.Context.Envelope;
        SynchronizationContext.SetSynchronizationContext(continuation.Context);
        try { continuation.Callback(continuation.State); }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
            _currentEnvelope = saved;
        }
    }

    /// <summary>Abandons every handler still awaiting (on restart and stop): they no longer hold the system busy.</summary>
    private void AbandonAsyncHandlers()
    {
        _awaitedHandlers = 0;
        _asyncGeneration++;
        if (_extras?.LiveHandlers is not { } live) return;
        foreach (var handler in live) handler.Release();
        live.Clear();
    }

    private void HandleAsyncCompleted(AsyncCompleted completed)
    {
        completed.Context.Release();
        if (completed.Context.Generation != _asyncGeneration) return;  // a handler abandoned by a restart
        _extras?.LiveHandlers?.Remove(completed.Context);
        _awaitedHandlers--;
        var task = completed.Task;
        if (task.IsFaulted)
            HandleInvokeFailure(task.Exception!.InnerException ?? task.Exception, completed.Context.Envelope?.Message);
        else if (task.IsCanceled)
            HandleInvokeFailure(new TaskCanceledException(task), completed.Context.Envelope?.Message);
    }
}
