namespace ActorDistribution.Actors.Timers;

/// <summary>A timer's message in the mailbox, tagged so a stale generation can be dropped on arrival.</summary>
internal sealed record TimerMessage(object Key, int Generation, object Message);
