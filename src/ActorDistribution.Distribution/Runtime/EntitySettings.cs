using ActorDistribution.Hocon;

namespace ActorDistribution.Distribution.Runtime;

/// <summary><c>distribution.entities</c>: when idle entities stop (and come back on their next message) and how often they snapshot.</summary>
/// <param name="PassivateAfter">An entity with nothing due and nothing pending stops after this long without a message; zero never.</param>
/// <param name="SnapshotEvery">A snapshot after every this many events, so recovery replays at most that many; zero never.</param>
public sealed record EntitySettings(TimeSpan PassivateAfter, int SnapshotEvery)
{
    public const string Path = "distribution.entities";

    public static EntitySettings From(Config root)
    {
        var settings = ConfigBinder.Bind<EntitySettings>(root.GetConfig(Path));
        if (settings.PassivateAfter < TimeSpan.Zero) throw new HoconException(null, $"{Path}.passivate-after: found {settings.PassivateAfter}, expected a duration of 0 or more");
        if (settings.SnapshotEvery < 0) throw new HoconException(null, $"{Path}.snapshot-every: found {settings.SnapshotEvery}, expected a whole number, 0 or more");
        return settings;
    }
}
