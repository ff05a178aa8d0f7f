using ActorDistribution.Distribution.Gateway;
using ActorDistribution.Distribution.SiteDespoolers;
using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Tests.Gateway;

public sealed class DespoolerManifestsSpec
{
    [Fact]
    public void Every_persisted_type_of_the_despooler_side_has_a_unique_manifest_under_its_entity_prefix()
    {
        string[] folders = ["Sites", "Packages", "Servers", "Jobs", "Gateway", "PackageDirectories", "SiteDespoolers"];
        var persisted = typeof(DespoolerGateway).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && folders.Any(f => t.Namespace == $"ActorDistribution.Distribution.{f}"))
            .Select(t => (Type: t, Manifest: t.GetCustomAttributes(typeof(EventManifestAttribute), false).Cast<EventManifestAttribute>().SingleOrDefault()?.Manifest))
            .Where(m => m.Manifest is not null)
            .ToList();

        Assert.All(persisted, m => Assert.Matches(@"^(site|package|server|job|catalog|despooler)\.[a-z-]+\.v\d+$", m.Manifest!));
        Assert.Equal(persisted.Count, persisted.Select(m => m.Manifest).Distinct().Count());
        Assert.True(persisted.Count >= 30, $"expected the despooler side's events, found {persisted.Count}");
        Assert.All(typeof(DespoolerEvent).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(DespoolerEvent).IsAssignableFrom(t)),
            t => Assert.True(persisted.Any(m => m.Type == t), $"{t.Name} has no [EventManifest]"));
    }
}
