namespace ActorDistribution.Shares;

/// <summary>
/// An expected refusal from the share host. Returned rather than thrown, because the actors turn
/// these into messages and events; <see cref="Message"/> is the text a user or the audit sees.
/// </summary>
public abstract record ShareFailure
{
    public abstract string Message { get; }

    public sealed override string ToString() => Message;
}
