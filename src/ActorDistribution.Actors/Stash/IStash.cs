namespace ActorDistribution.Actors.Stash;

/// <summary>Messages put aside to be handled later, in their original order, with their senders.</summary>
public interface IStash
{
    /// <summary>Puts the current message aside.</summary>
    void Stash();

    /// <summary>Returns the oldest stashed message to the front of the mailbox.</summary>
    void Unstash();

    /// <summary>Returns every stashed message to the front of the mailbox, oldest first.</summary>
    void UnstashAll();

    int Count { get; }
}
