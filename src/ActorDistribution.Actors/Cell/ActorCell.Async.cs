namespace ActorDistribution.Actors.Cell;

// Async handlers: the mailbox stays suspended until the handler's task ends; its continuations run in the cell.
internal sealed partial class ActorCell
{
    public void RunAsync(Func<Task> start)
    {
        var context = new ActorSynchronizationContext(this);
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

        _awaitingAsync = true;
        var extras = Extras;
        extras.AsyncEnvelope = _currentEnvelope;
        extras.AsyncContext = context;
        extras.AwaitedTask = task;
        _system.BusyCells.Increment();  // an awaited handler is work in progress, not quiescence
        task.ContinueWith(static (t, state) => ((ActorCell)state!).SendSystemMessage(new AsyncCompleted(t)),
            this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private void HandleContinuation(RunContinuation continuation)
    {
        var saved = _currentEnvelope;
        var previous = SynchronizationContext.Current;
        _currentEnvelope = _extras?.AsyncEnvelope;
        SynchronizationContext.SetSynchronizationContext(_extras?.AsyncContext);
        try { continuation.Callback(continuation.State); }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
            _currentEnvelope = saved;
        }
    }

    private void HandleAsyncCompleted(Task task)
    {
        _system.BusyCells.Decrement();
        if (!ReferenceEquals(task, _extras?.AwaitedTask)) return;  // a handler abandoned by a restart
        var envelope = _extras.AsyncEnvelope;
        _extras.AwaitedTask = null;
        _extras.AsyncEnvelope = null;
        _extras.AsyncContext = null;
        _awaitingAsync = false;
        if (task.IsFaulted)
            HandleInvokeFailure(task.Exception!.InnerException ?? task.Exception, envelope?.Message);
        else if (task.IsCanceled)
            HandleInvokeFailure(new TaskCanceledException(task), envelope?.Message);
    }
}
