using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Distribution.Tests.Despooler;

namespace ActorDistribution.Distribution.Tests.Audit;

/// <summary>Realistic journals produced by the pure cores, and the events tests doctor to break a rule.</summary>
internal static class AuditJournals
{
    public const string PackageDirectoryId = "pkgdir/NTSRV1/OFFICE97";
    public static readonly CapInbox OfferInbox = new("OSHER/CAP_DAN", "offerinf.box");
    public static string OfferInboxId => OfferInbox.PersistenceId;

    /// <summary>
    /// Version 1 installed, then version 2 forced past alice holding setup.exe open: fast (x = 120 min), y = 2, z = 5,
    /// so attempts at t0, t0+2h, t0+4h find it open, t0+6h forces, the copy is at t0+6h05.
    /// </summary>
    public static PackageDirectoryDriver ForcedDelivery()
    {
        var driver = new PackageDirectoryDriver();
        driver.AddVersion("1", ("setup.exe", "setup v1"));
        driver.AddVersion("2", ("setup.exe", "setup v2"));
        driver.Install("1", TargetSite.Forcing(retries: 2, delayMinutes: 5));
        driver.RunToEnd();
        driver.HoldOpen("alice", "setup.exe");
        driver.Install("2", TargetSite.Forcing(retries: 2, delayMinutes: 5));
        driver.RunToEnd();
        Assert.Equal("installed (2)", driver.State.Status.Display);
        return driver;
    }

    /// <summary>An inbox update whose every delete of the lock fails (a client holds it open): the lock is left, with its alarm.</summary>
    public static IReadOnlyList<InboxEvent> LockLeftBehind(DateTimeOffset start, int deleteAttempts = 3)
    {
        var events = new List<InboxEvent>();
        var state = Inbox.Initial(OfferInbox);
        void Apply(InboxCommand command)
        {
            foreach (var @event in Inbox.Decide(state, command))
            {
                state = Inbox.Evolve(state, @event);
                events.Add(@event);
            }
        }

        Apply(new ReplicateInbox(start, "v1", ["a.ofr"], deleteAttempts, TimeSpan.FromSeconds(1)));
        Apply(new LockCreationResult(start));
        Apply(new CopyResult(start));
        for (var attempt = 0; attempt < deleteAttempts; attempt++)
            Apply(new LockDeletionResult(start + TimeSpan.FromSeconds(attempt), "sharing violation", ["WKS01"]));
        Assert.True(state.LockLeft);
        return events;
    }
}
