namespace ActorDistribution.Testing;

/// <summary>Output that completes <see cref="Seen"/> once a line with <c>marker</c> has been written.</summary>
internal sealed class SignallingWriter(string marker) : StringWriter
{
    private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Seen => _seen.Task;

    public override void Write(char value)
    {
        base.Write(value);
        if (value == '\n' && ToString().Contains(marker)) _seen.TrySetResult();
    }

    public override void Write(string? value)
    {
        base.Write(value);
        if (ToString().Contains(marker)) _seen.TrySetResult();
    }
}
