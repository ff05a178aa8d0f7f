using System.Text;
using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.Gateway;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Distribution.Tests.Runtime;
using ActorDistribution.Runtime.Time;
using Akka.Actor;
using Xunit.Sdk;

namespace ActorDistribution.Distribution.Tests.InboxActors;

/// <summary>
/// The article's world, driven through the <see cref="InboxGateway"/> on the virtual clock: site CH2 with
/// one CAP, an offer and a component installer dropped into the site inboxes, clients whose first cycles
/// are spread after the manager starts. Copying takes 10 s, so clients meet the lock while it is written.
/// </summary>
public abstract class InboxActorKit(string overrides) : DistributionTestKit("distribution.inbox-manager.copy-duration = 10s\n" + overrides)
{
    protected const string Site = "CH2";
    protected const string Cap = "OSHER/CAP_DAN";
    protected const string Offer = "CH220001.ofr";
    protected const string Installer = "swdist-2.1.exe";
    protected const string OfferInbox = "offerinf.box";
    protected const string ComponentInbox = "clicomp.box/swdist";
    protected const string OfferInboxId = "inbox/OSHER/CAP_DAN/offerinf.box";
    protected const string ComponentInboxId = "inbox/OSHER/CAP_DAN/clicomp.box/swdist";
    protected const string SupervisorId = "stuck-lock/CH2";

    private IActorRef? _gateway;
    private IActorRef? _sites;

    /// <summary>What the despooler side would answer about sites: CH2 and ZRH are registered.</summary>
    private IActorRef Sites => _sites ??= KnownSitesStubs.Start(Sys);

    protected IActorRef Gateway => _gateway ??= InboxBootstrap.Start(Sys, Sites);

    /// <summary>When the manager was started (the test's time zero).</summary>
    protected DateTimeOffset T0 { get; private set; }

    /// <summary>Asks the gateway and expects a <typeparamref name="T"/> reply (wall time only bounds a broken test).</summary>
    protected T Request<T>(object request)
    {
        var reply = Gateway.Ask<object>(request, TimeSpan.FromHours(1));
        if (!reply.Wait(TimeSpan.FromSeconds(10))) throw new XunitException($"no reply to {request} within 10 s of wall time");
        return reply.Result is T typed ? typed : throw new XunitException($"expected {typeof(T).Name} in reply to {request}, got {reply.Result}");
    }

    protected void Arrange(ClientMode mode, int clients, TimeSpan firstCycle, TimeSpan spacing)
    {
        Request<CapAccepted>(new AddCap(Cap, Site));
        Request<DroppedIntoSiteInbox>(new DropIntoSiteInbox(Site, OfferInbox, Offer, Encoding.UTF8.GetBytes("advertisement: run setup.exe on every workstation")));
        Request<DroppedIntoSiteInbox>(new DropIntoSiteInbox(Site, ComponentInbox, Installer, Encoding.UTF8.GetBytes("software distribution component 2.1")));
        for (var i = 0; i < clients; i++)
        {
            Request<ClientAccepted>(new AddClient(ClientName(i), Site, mode, firstCycle + spacing * i));
            Request<ClientReport>(new AssignClientUpgrade(ClientName(i), "2.1", Installer));
        }
        T0 = Clock.Now;
        Request<InboxManagerReport>(new StartSiteInboxManager(Site));
    }

    /// <summary>22 legacy clients 230 ms apart, each holding the lock 250 ms: some client holds it at every instant of a 5 s poll period.</summary>
    protected void ArrangeHeavyLegacyPolling() => Arrange(ClientMode.LegacyOpenCheck, 22, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(230));

    protected static string ClientName(int index) => $"WKS{index + 1:00}";

    protected IEnumerable<string> ClientNames(int count) => Enumerable.Range(0, count).Select(ClientName);

    /// <summary>Moves the virtual clock to <paramref name="sinceStart"/> after <see cref="T0"/>, firing every timer due on the way.</summary>
    protected void RunUntil(TimeSpan sinceStart) => VirtualTime.AdvanceTo(Sys, T0 + sinceStart);

    protected async Task<List<T>> Events<T>(string persistenceId) => (await EventsOf(persistenceId)).OfType<T>().ToList();

    protected bool LockPresent(string inbox = OfferInbox, string lockFile = "inboxlck.tok")
        => Shares.GetFileInfo(CapShares.Address(Cap), inbox + "/" + lockFile).IsSuccess;

    protected InboxStatusRow Row(string inbox) => Request<InboxStatusRows>(new GetInboxStatus(Cap)).Rows.Single(r => r.Inbox == inbox);

    /// <summary>Stops the gateway and every entity under it, then starts a fresh one on the same journal and shares.</summary>
    protected void RestartInboxSide()
    {
        var gateway = Gateway;
        Watch(gateway);
        Sys.Stop(gateway);
        ExpectTerminated(gateway);
        _gateway = InboxBootstrap.Start(Sys, Sites);
        Advance(TimeSpan.Zero);
    }
}
