using ActorDistribution.Distribution.Clients;
using ActorDistribution.Hocon;

namespace ActorDistribution.Distribution.Tests.Simulation;

/// <summary>
/// The world of the knowledge-base article: one offer and one component upgrade dropped into the site
/// inboxes, clients whose first cycles are spread after the manager starts, the manager started.
/// Copying takes 10 s, so the clients meet the lock and poll it when the manager deletes it.
/// </summary>
internal static class InboxScenario
{
    public const string Offer = "CH220001.ofr";
    public const string Installer = "swdist-2.1.exe";
    public const string OfferInbox = "offerinf.box";
    public const string ComponentInbox = "clicomp.box/swdist";

    public static Config Config(params string[] overrides)
        => ConfigFactory.Load(null, overrides, new Dictionary<string, string>());

    /// <param name="firstCycle">When the first client starts its first cycle, after the manager starts.</param>
    /// <param name="spacing">Between two clients' first cycles.</param>
    public static InboxWorld Build(int deleteAttempts, ClientMode mode, int clients, TimeSpan firstCycle, TimeSpan spacing, params string[] overrides)
    {
        var world = new InboxWorld(Config([$"distribution.inbox-manager.delete-attempts={deleteAttempts}", .. overrides]));
        world.DropIntoSiteInbox(OfferInbox, Offer, "advertisement: run setup.exe on every workstation");
        world.DropIntoSiteInbox(ComponentInbox, Installer, "software distribution component 2.1");
        for (var i = 0; i < clients; i++)
            world.AddClient($"WKS{i + 1:00}", mode, world.Start + firstCycle + spacing * i);
        world.AssignUpgrade("2.1", Installer);
        world.StartManager();
        return world;
    }

    /// <summary>22 legacy clients 230 ms apart, each holding the lock 250 ms: some client holds it at every instant of a 5 s poll period.</summary>
    public static InboxWorld HeavyLegacyPolling(int deleteAttempts)
        => Build(deleteAttempts, ClientMode.LegacyOpenCheck, 22, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(230));
}
