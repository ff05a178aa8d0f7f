namespace ActorDistribution.Distribution.Clients;

/// <summary>Adds a client to a site; its first cycle starts at <paramref name="FirstCycleAt"/> (now when null).</summary>
public sealed record RegisterClient(
    DateTimeOffset At,
    string Site,
    ClientSettings Settings,
    string LockFile = "inboxlck.tok",
    string OfferInbox = "offerinf.box",
    string ComponentInbox = "clicomp.box/swdist",
    DateTimeOffset? FirstCycleAt = null) : ClientCommand(At);
