namespace ActorDistribution.Actors.Actor;

/// <summary>Outcome messages: what <c>PipeTo</c> sends, and what fails an <c>Ask</c> when replied.</summary>
public abstract record Status
{
    public sealed record Success(object? Value) : Status;
    public sealed record Failure(Exception Cause) : Status;
}
