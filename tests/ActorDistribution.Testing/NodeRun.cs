namespace ActorDistribution.Testing;

/// <summary>
/// A node's entry point (<c>NodeApp.RunAsync(args, output, error, stop)</c>) run in this process and awaited until it prints its
/// start-up line or ends early; what it writes is kept for the test, and <see cref="StopAsync"/> stops it as Ctrl+C does.
/// </summary>
public sealed class NodeRun : IDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private readonly SignallingWriter _output = new("listening on");
    private readonly StringWriter _error = new();
    private readonly CancellationTokenSource _stop = new();

    private NodeRun(Func<TextWriter, TextWriter, CancellationToken, Task<int>> entryPoint) =>
        Exit = Task.Run(() => entryPoint(TextWriter.Synchronized(_output), TextWriter.Synchronized(_error), _stop.Token));

    /// <summary>The node's exit code, once it has ended.</summary>
    public Task<int> Exit { get; }

    public string Output => _output.ToString();
    public string Error => _error.ToString();

    public static async Task<NodeRun> StartAsync(Func<TextWriter, TextWriter, CancellationToken, Task<int>> entryPoint)
    {
        var run = new NodeRun(entryPoint);
        // Woken by the start-up line (or the node ending early); 60 s only bounds a broken node.
        await Task.WhenAny(run._output.Seen, run.Exit).WaitAsync(StartLimit);
        return run;
    }

    /// <summary>Cancels the node's stop token and waits for its exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        await _stop.CancelAsync();
        return await Exit.WaitAsync(timeout);
    }

    public void Dispose() => _stop.Dispose();
}
