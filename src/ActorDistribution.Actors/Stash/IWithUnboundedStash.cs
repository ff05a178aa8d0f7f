namespace ActorDistribution.Actors.Stash;

/// <summary>Marks an actor that stashes; the kernel sets <see cref="Stash"/> before PreStart. Stashed messages go back to the mailbox on restart.</summary>
public interface IWithUnboundedStash
{
    IStash Stash { get; set; }
}
