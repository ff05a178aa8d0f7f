using ActorDistribution.Distribution.Requests;
using Akka.Actor;

namespace ActorDistribution.Distribution.Tests.InboxActors;

/// <summary>
/// Stands in for the despooler gateway where only the inbox side runs: answers <see cref="GetKnownSites"/> with fixed sites,
/// and a <see cref="RemoveSite"/> the inbox side passed on as removed (the despooler side's own rules are RemovalSpec's).
/// </summary>
internal sealed class KnownSitesStub : ReceiveActor
{
    /// <summary>The sites of the inbox specs: the article's CH2 and a second site, ZRH.</summary>
    public static readonly IReadOnlyList<string> Sites = ["CH2", "ZRH"];

    public KnownSitesStub(IReadOnlyList<string> sites)
    {
        Receive<GetKnownSites>(_ => Sender.Tell(new KnownSites(sites)));
        Receive<RemoveSite>(remove => Sender.Tell(new RemovedView("site", remove.Code.Trim().ToUpperInvariant())));
    }
}

internal static class KnownSitesStubs
{
    public static IActorRef Start(ActorSystem system, string name = "known-sites") =>
        system.ActorOf(Props.Create(() => new KnownSitesStub(KnownSitesStub.Sites)), name);
}
