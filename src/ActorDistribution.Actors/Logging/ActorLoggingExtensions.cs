using ActorDistribution.Actors.Actor;

namespace ActorDistribution.Actors.Logging;

/// <summary>Serilog for actors: every line carries the actor's path.</summary>
public static class ActorLoggingExtensions
{
    public static Serilog.ILogger GetLogger(this IActorContext context)
        => context.System.Log.ForContext("ActorPath", context.Self.Path.ToString());
}
