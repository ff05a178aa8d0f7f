using ActorDistribution.Distribution.Runtime;

namespace ActorDistribution.Distribution.Tests.Runtime;

public sealed class EntityExtractorSpec
{
    [Fact]
    public void An_envelope_gives_its_entity_id_and_message()
    {
        var envelope = new EntityEnvelope("NTSRV1/OFFICE97", "hello");
        Assert.Equal("NTSRV1/OFFICE97", EntityExtractor.Default.EntityId(envelope));
        Assert.Equal("hello", EntityExtractor.Default.EntityMessage(envelope));
        Assert.Null(EntityExtractor.Default.EntityId("not an envelope"));
    }

    [Fact]
    public void Shard_ids_are_stable_across_processes_and_within_the_shard_count()
    {
        // Fixed values: a shard id that changed between builds or processes would move entities on every restart.
        var extractor = new EntityExtractor(30);
        Assert.Equal("28", extractor.ShardId(new EntityEnvelope("CH2", 0)));
        var shards = Enumerable.Range(0, 1000).Select(i => int.Parse(extractor.ShardId(new EntityEnvelope($"pkgdir-{i}", 0))!)).ToList();
        Assert.All(shards, s => Assert.InRange(s, 0, 29));
        Assert.True(shards.Distinct().Count() > 25, "1,000 ids should spread over most of 30 shards");
    }
}
