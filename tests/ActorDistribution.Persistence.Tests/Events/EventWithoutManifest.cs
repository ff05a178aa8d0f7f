namespace ActorDistribution.Persistence.Tests.Events;

public sealed record EventWithoutManifest(string Text);
