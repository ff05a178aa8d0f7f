using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Tests.Audit;

/// <summary>A distribution server joins a site: the shape the server entity's events will have (a Site property).</summary>
[EventManifest("test.server-added.v1")]
public sealed record ServerAdded(DateTimeOffset At, string Site) : IJournalEvent;
