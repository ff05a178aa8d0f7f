using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.StuckLockRemedies;
using ActorDistribution.Hocon;
using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Tests;

public sealed class SettingsAndManifestsSpec
{
    [Fact]
    public void The_reference_configuration_binds_the_inbox_client_and_stuck_lock_settings()
    {
        var config = ConfigFactory.Reference(new Dictionary<string, string>());

        var manager = InboxManagerSettings.From(config);
        var client = ClientSettings.From(config);
        var stuck = StuckLockSettings.From(config);

        Assert.Equal(["offerinf.box", "clicomp.box/swdist"], manager.Inboxes);
        Assert.Equal(10, manager.DeleteAttempts);
        Assert.Equal("inboxlck.tok", manager.LockFile);
        Assert.Equal(TimeSpan.FromMilliseconds(5000), client.LockRetryInterval);
        Assert.Equal(33, client.LockRetries);
        Assert.Equal(ClientMode.Scan, client.Mode);
        Assert.Equal(3, stuck.MaxRounds);
    }

    [Fact]
    public void The_legacy_mode_and_a_single_delete_can_be_configured()
    {
        var config = ConfigFactory.Load(null, ["distribution.client.mode=legacy-open-check", "distribution.inbox-manager.delete-attempts=1"], new Dictionary<string, string>());

        Assert.Equal(ClientMode.LegacyOpenCheck, ClientSettings.From(config).Mode);
        Assert.Equal(1, InboxManagerSettings.From(config).DeleteAttempts);
    }

    [Fact]
    public void Every_event_has_a_unique_manifest_under_its_component_prefix()
    {
        var eventBases = new[] { typeof(InboxEvent), typeof(InboxManagerEvent), typeof(ClientEvent), typeof(StuckLockEvent) };
        var events = typeof(Inbox).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && eventBases.Any(b => b.IsAssignableFrom(t)))
            .ToList();

        var manifests = events.Select(t => (Type: t, Manifest: t.GetCustomAttributes(typeof(EventManifestAttribute), false).Cast<EventManifestAttribute>().SingleOrDefault()?.Manifest)).ToList();

        Assert.All(manifests, m => Assert.True(m.Manifest is not null, $"{m.Type.Name} has no [EventManifest]"));
        Assert.All(manifests, m => Assert.Matches(@"^(inbox|client|stuck-lock|cap)\.[a-z-]+\.v\d+$", m.Manifest!));
        Assert.Equal(manifests.Count, manifests.Select(m => m.Manifest).Distinct().Count());
        Assert.True(manifests.Count >= 30, $"expected the inbox side's events, found {manifests.Count}");
    }
}
